// Parley live updates: listens to /events and shows newly stored documents without a reload.
// Pages work without this script; it only adds to them. Text from events is set with textContent, never
// parsed as HTML.
(function () {
  "use strict";
  if (!("EventSource" in window)) return;

  var live = document.getElementById("live");
  var toast = document.getElementById("toast");
  var fresh = 0;
  var toastTimer = 0;

  function fmtDate(iso) {
    if (!iso) return "undated";
    var d = new Date(iso);
    if (isNaN(d)) return "undated";
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function docLink(doc) {
    var a = document.createElement("a");
    a.href = "/documents/" + encodeURIComponent(String(doc.id));
    a.textContent = doc.title || doc.name;
    return a;
  }

  function addToOverview(list, doc) {
    var empty = list.querySelector(".empty");
    if (empty) empty.remove();
    var li = document.createElement("li");
    li.className = "fresh";
    li.appendChild(docLink(doc));
    var meta = document.createElement("span");
    meta.className = "muted";
    var n = doc.statements || 0;
    meta.textContent = (doc.outlet ? doc.outlet + " · " : "") + fmtDate(doc.published) + " · " + n + (n === 1 ? " statement" : " statements");
    li.appendChild(meta);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 12) list.removeChild(list.lastChild);
  }

  function addToTable(tbody, doc) {
    if (new URLSearchParams(location.search).get("offset")) return; // only the first page shows the newest
    var tr = document.createElement("tr");
    tr.className = "fresh";
    var cells = [docLink(doc), doc.outlet || "", fmtDate(doc.published), String(doc.statements || 0)];
    cells.forEach(function (c, i) {
      var td = document.createElement("td");
      if (i === 3) td.className = "num";
      if (typeof c === "string") td.textContent = c; else td.appendChild(c);
      tr.appendChild(td);
    });
    tbody.insertBefore(tr, tbody.firstChild);
  }

  function notify() {
    if (!toast) return;
    toast.textContent = "";
    var a = document.createElement("a");
    a.href = "/documents";
    a.textContent = fresh + (fresh === 1 ? " new document" : " new documents");
    toast.appendChild(a);
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.hidden = true; }, 8000);
  }

  var es = new EventSource("/events");
  es.addEventListener("open", function () { if (live) live.hidden = false; });
  es.addEventListener("error", function () { if (live) live.hidden = true; });
  es.addEventListener("document", function (e) {
    var ev;
    try { ev = JSON.parse(e.data); } catch (err) { return; }
    var doc = ev && ev.document;
    if (!doc || typeof doc.id !== "number") return;
    var list = document.getElementById("latest-docs");
    var rows = document.getElementById("doc-rows");
    if (list) addToOverview(list, doc);
    else if (rows) addToTable(rows, doc);
    else { fresh++; notify(); }
  });
  es.addEventListener("stats", function (e) {
    var ev;
    try { ev = JSON.parse(e.data); } catch (err) { return; }
    var st = ev && ev.stats;
    if (!st) return;
    document.querySelectorAll("[data-stat]").forEach(function (el) {
      var v = st[el.getAttribute("data-stat")];
      if (typeof v === "number") el.textContent = String(v);
    });
  });
  window.addEventListener("pagehide", function () { es.close(); });
})();
