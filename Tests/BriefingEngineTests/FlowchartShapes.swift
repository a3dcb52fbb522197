import BriefingEngine

/// Flowcharts of the shapes the diagram must draw well besides the seed's, described with the
/// DSL as content would: the geometry, page and print tests measure each.
enum FlowchartShapes {
    /// The shape: five questions, two of them with three answers (with long labels), two
    /// answers of one question leading to the same next question, and three kinds of outcome.
    enum Concern: String, FlowchartNodeID {
        case worried, harm, parents, consent, recorded
        case refer, earlyHelp, advice
    }

    static let fiveQuestions = Flowchart("Is this a referral?", id: "is-this-a-referral", start: Concern.worried) {
        Question(.worried, "Are you worried that a child may be suffering or likely to suffer harm?") {
            Answer("Yes, I have seen or been told something specific", next: .harm)
            Answer("I have a feeling something is wrong but nothing specific", next: .parents)
            Answer("No, I am not worried", next: .recorded)
        }
        Question(.harm, "Is the child at risk of significant harm today?") {
            Answer("Yes", next: .refer)
            Answer("No", next: .parents)
        }
        Question(.parents, "Would talking to the parents put the child at greater risk?") {
            Answer("Yes, it would increase the risk to the child", next: .refer)
            Answer("No, it would not", next: .consent)
            Answer("I do not know whether it would", next: .advice)
        }
        Question(.consent, "Do the parents agree to an early help assessment?") {
            Answer("Yes", next: .earlyHelp)
            Answer("No", next: .advice)
        }
        Question(.recorded, "Have you recorded what you noticed?") {
            Answer("Yes", next: .advice)
            Answer("No", next: .advice)
        }
        Outcome(.refer, "Refer to children's social care now", kind: .share)
        Outcome(.earlyHelp, "Start an early help assessment", kind: .seekAdvice)
        Outcome(.advice, "Talk to your designated safeguarding lead", kind: .doNotShare)
    }

    /// A linear escalation: each question either ends at its own outcome or escalates.
    enum Escalation: String, FlowchartNodeID {
        case concern, lead, manager, outOfHours
        case monitor, leadActs, managerActs, emergencyDuty
    }

    static let escalation = Flowchart("Escalating a concern", id: "escalating-a-concern", start: Escalation.concern) {
        Question(.concern, "Can the concern be handled within your team?") {
            Answer("Yes", next: .monitor)
            Answer("No", next: .lead)
        }
        Question(.lead, "Is your safeguarding lead available?") {
            Answer("Yes", next: .leadActs)
            Answer("No", next: .manager)
        }
        Question(.manager, "Is a senior manager available?") {
            Answer("Yes", next: .managerActs)
            Answer("No", next: .outOfHours)
        }
        Question(.outOfHours, "Is it outside office hours?") {
            Answer("Yes", next: .emergencyDuty)
            Answer("No", next: .managerActs)
        }
        Outcome(.monitor, "Monitor and record", kind: .seekAdvice)
        Outcome(.leadActs, "Your safeguarding lead decides", kind: .share)
        Outcome(.managerActs, "A senior manager decides", kind: .share)
        Outcome(.emergencyDuty, "Call the emergency duty team", kind: FlowchartOutcomeKind("emergency"))
    }

    /// One question with four answers, each to an outcome of its own.
    enum Contact: String, FlowchartNodeID {
        case who, police, social, health, school
    }

    static let fourAnswers = Flowchart("Who do you contact?", id: "who-do-you-contact", start: Contact.who) {
        Question(.who, "Who first raised the concern with you?") {
            Answer("The child", next: .social)
            Answer("A parent or carer", next: .health)
            Answer("Another professional", next: .school)
            Answer("A member of the public", next: .police)
        }
        Outcome(.police, "Pass it to the police", kind: .share)
        Outcome(.social, "Tell children's social care", kind: .share)
        Outcome(.health, "Tell the health visitor", kind: .seekAdvice)
        Outcome(.school, "Tell the school's lead", kind: .seekAdvice)
    }

    /// Eight questions in a chain with side exits, some exits shared.
    enum Check: String, FlowchartNodeID {
        case q1, q2, q3, q4, q5, q6, q7, q8
        case proceed, pause, stop
    }

    static let eightQuestions = Flowchart("Before a home visit", id: "before-a-home-visit", start: Check.q1) {
        Question(.q1, "Is the visit planned and recorded?") {
            Answer("Yes", next: .q2)
            Answer("No", next: .pause)
        }
        Question(.q2, "Does someone know where you are going?") {
            Answer("Yes", next: .q3)
            Answer("No", next: .pause)
        }
        Question(.q3, "Have you read the latest case notes?") {
            Answer("Yes", next: .q4)
            Answer("No", next: .pause)
        }
        Question(.q4, "Is there any known risk at the address?") {
            Answer("Yes", next: .q5)
            Answer("No", next: .q6)
        }
        Question(.q5, "Has the risk been assessed with your manager?") {
            Answer("Yes", next: .q6)
            Answer("No", next: .stop)
        }
        Question(.q6, "Is your phone charged and with you?") {
            Answer("Yes", next: .q7)
            Answer("No", next: .pause)
        }
        Question(.q7, "Do you know the family's preferred language?") {
            Answer("Yes", next: .q8)
            Answer("No", next: .pause)
        }
        Question(.q8, "Is an interpreter booked if one is needed?") {
            Answer("Yes", next: .proceed)
            Answer("No", next: .stop)
        }
        Outcome(.proceed, "Go ahead with the visit", kind: .share)
        Outcome(.pause, "Put the visit on hold until this is done", kind: .seekAdvice)
        Outcome(.stop, "Do not visit: talk to your manager", kind: .doNotShare)
    }

    static let all = [fiveQuestions, escalation, fourAnswers, eightQuestions]
}
