package attrib

import "testing"

// TestContentEnds3 covers where a content stops before the narrator's comment (see ends3.go).
func TestContentEnds3(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a participle clause after the object is the narrator's", `The union backed the ceasefire, giving the mediators a boost.`,
			[]want{{"The union", "backed", "the ceasefire", "indirect", ""}}},
		{"a leading-to clause after the object is the narrator's", `The dockers declared a strike, leading to delays at the port.`,
			[]want{{"The dockers", "declared", "a strike", "indirect", ""}}},
		{"including lists the object's members", `The envoy backed three measures, including a ceasefire.`,
			[]want{{"The envoy", "backed", "three measures, including a ceasefire", "indirect", ""}}},
		{"a list of gerunds stays", `The union backed raising wages, cutting fees and hiring drivers.`,
			[]want{{"The union", "backed", "raising wages, cutting fees and hiring drivers", "indirect", ""}}},
		{"two adjectives in -ing stay", `The envoy criticized the alarming, far-reaching terms of the deal.`,
			[]want{{"The envoy", "criticized", "the alarming, far-reaching terms of the deal", "indirect", ""}}},
		{"an auxiliary after and opens the subject's next predicate", `The governor endorsed the deal and was cheered by the dockers.`,
			[]want{{"The governor", "endorsed", "the deal", "indirect", ""}}},
		{"an auxiliary in the object's own clause stays", `The governor praised the plan that the council passed and has funded.`,
			[]want{{"The governor", "praised", "the plan that the council passed and has funded", "indirect", ""}}},
		{"by and a gerund gives the means, the narrator's", `The minister attacked the union by waving a copy of the old contract.`,
			[]want{{"The minister", "attacked", "the union", "indirect", ""}}},
		{"the means of an act in the object stays", `The minister backed cutting costs by selling the depot.`,
			[]want{{"The minister", "backed", "cutting costs by selling the depot", "indirect", ""}}},
		{"a time clause after a plain object is the narrator's", `The minister criticized the union after the talks failed.`,
			[]want{{"The minister", "criticized", "the union", "indirect", ""}}},
		{"a time clause dates a participle in the object", `The minister praised the accord adopted after two weeks of talks.`,
			[]want{{"The minister", "praised", "the accord adopted after two weeks of talks", "indirect", ""}}},
		{"a time clause dates a relative clause in the object", `The minister cited the jobs that have gone since the plant closed.`,
			[]want{{"The minister", "cited", "the jobs that have gone since the plant closed", "indirect", ""}}},
		{"a list after a comma goes on", `The envoy said the talks covered the border, the prisoners and the aid corridor.`,
			[]want{{"The envoy", "said", "the talks covered the border, the prisoners and the aid corridor", "indirect", ""}}},
		{"a fronted phrase and a new subject after ', but' are the narrator's", `The envoy said the truce was holding, but for the villagers, it is a fragile calm.`,
			[]want{{"The envoy", "said", "the truce was holding", "indirect", ""}}},
		{"a phrase after ', and' that goes on the object stays", `The envoy praised the mediators for their patience, and for their discretion.`,
			[]want{{"The envoy", "praised", "the mediators for their patience, and for their discretion", "indirect", ""}}},
		{"a quantity subject and a speech verb after ', and' start a new statement", `Most voters said the strike was justified, and three-quarters said the port should reopen.`,
			[]want{{"Most voters", "said", "the strike was justified", "indirect", ""}, {"three-quarters", "said", "the port should reopen", "indirect", ""}}},
		{"a reason after a plain object is the narrator's", `The senator opposed the bill because the port would close.`,
			[]want{{"The senator", "opposed", "the bill", "indirect", ""}}},
		{"a reason after a quoted charge stays", `The senator mocked the envoy for "a timid speech" because the truce had failed.`,
			[]want{{"The senator", "mocked", `the envoy for "a timid speech" because the truce had failed`, "mixed", ""}}},
		{"a framing question's mark is the sentence's", `Do you think the truce will hold?`,
			[]want{{"you", "think", "the truce will hold", "indirect", ""}}},
		{"a quoted question keeps its mark", `Did the mayor ask, "Will the port reopen?"`,
			[]want{{"the mayor", "ask", "Will the port reopen?", "direct", ""}}},
		{"a noun in -ing inside a list is no participle", `The envoy backed the plan for schools, housing and roads.`,
			[]want{{"The envoy", "backed", "the plan for schools, housing and roads", "indirect", ""}}},
		{"a gerund cue's content ends before the narrator's participle", `The union struck on Monday, demanding a raise, leaving the port idle.`,
			[]want{{"The union", "demanding", "a raise", "indirect", ""}}},
		{"a gerund aside between subject and predicate", `The mayor, backing the strike, was cheered by the dockers.`,
			[]want{{"The mayor", "backing", "the strike", "indirect", ""}}},
		{"a finding's contrast after ', while' is part of it", `The survey found that most dockers back the strike, while few clerks do.`,
			[]want{{"The survey", "found", "that most dockers back the strike, while few clerks do", "indirect", ""}}},
		{"a news outlet after on is where the source spoke", `The governor criticized the strike on CNN.`,
			[]want{{"The governor", "criticized", "the strike", "indirect", ""}}},
		{"a dash after a plain object opens the narrator's comment", `The envoy backed the truce — a rare show of unity.`,
			[]want{{"The envoy", "backed", "the truce", "indirect", ""}}},
		{"a quotation after the dash goes on the object", `The envoy quoted the old motto — "No peace without bread."`,
			[]want{{"The envoy", "quoted", `the old motto — "No peace without bread."`, "mixed", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantStatements(t, tc.in, PolNeAR, tc.want) })
	}
}
