import SiteContent
import Testing

@testable import BriefingEngine

@Suite struct FlowchartTextAlternativeTests {
    @Test func everyQuestionAnswerAndOutcomeIsListed() {
        let html = FlowchartTextAlternative(informationSharingFlowchart).html
        for question in informationSharingFlowchart.questions {
            #expect(html.contains("<span class=\"flowchart-question\">\(question.text)</span>"))
        }
        #expect(html.contains(
            "<li><span class=\"flowchart-answer\">No</span>: <strong class=\"flowchart-outcome outcome-do-not-share\">Do not share</strong></li>"))
        // Three answers lead to "share", so it is listed three times, once under each.
        #expect(html.components(separatedBy: "You can share but should consider how").count - 1 == 3)
    }

    @Test func theListsAreNestedAndBalanced() {
        let html = FlowchartTextAlternative(informationSharingFlowchart).html
        #expect(html.components(separatedBy: "<ul").count == html.components(separatedBy: "</ul>").count)
        #expect(html.components(separatedBy: "<li>").count == html.components(separatedBy: "</li>").count)
        // The deepest question is nested four lists deep.
        #expect(html.components(separatedBy: "<ul").count - 1 == 5)
    }

    @Test func textIsEscaped() {
        let html = FlowchartTextAlternative(FlowchartFixtures.whoToTell).html
        #expect(html.contains("Record your concern &amp; keep watching &lt;carefully&gt;"))
        #expect(html.contains("<li><span class=\"flowchart-answer\">Not sure</span>: "))
    }
}
