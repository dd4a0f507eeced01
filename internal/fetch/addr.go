package fetch

import (
	"errors"
	"fmt"
	"net/netip"
	"strings"
)

// ErrBlockedAddress is wrapped by every refusal to connect to a non-public address.
var ErrBlockedAddress = errors.New("address is not public")

// BlockedError says which host resolved to which refused address and why.
type BlockedError struct {
	Host   string
	Addr   netip.Addr
	Reason string
}

func (e *BlockedError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("%s resolves to %s, %s %s address: %v", e.Host, e.Addr, article(e.Reason), e.Reason, ErrBlockedAddress)
	}
	return fmt.Sprintf("%s is %s %s address: %v", e.Addr, article(e.Reason), e.Reason, ErrBlockedAddress)
}

// article is "an" before the reasons that start with a vowel sound ("an IPv4-mapped", "an unspecified").
func article(reason string) string {
	if reason != "" && strings.ContainsRune("aeiouAEIOU", rune(reason[0])) {
		return "an"
	}
	return "a"
}

func (e *BlockedError) Unwrap() error { return ErrBlockedAddress }

// blockedPrefixes are the ranges netip's Is* methods do not cover. Read-only.
var blockedPrefixes = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignment"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("::/96"), "IPv4-compatible"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
}

// nat64 embeds an IPv4 address in its low 32 bits; the embedded address is checked too.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// blockedReason returns why a is not a public unicast address, or "" when it is.
func blockedReason(a netip.Addr) string {
	if !a.IsValid() {
		return "invalid"
	}
	a = a.WithZone("")
	if a.Is4In6() {
		if r := blockedReason(a.Unmap()); r != "" {
			return "IPv4-mapped " + r
		}
		return ""
	}
	switch {
	case a.IsUnspecified():
		return "unspecified"
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.IsMulticast():
		return "multicast"
	case a == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, p := range blockedPrefixes {
		if p.prefix.Contains(a) {
			return p.reason
		}
	}
	if nat64.Contains(a) {
		b := a.As16()
		if r := blockedReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); r != "" {
			return "NAT64 " + r
		}
	}
	return ""
}
