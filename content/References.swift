import BriefingEngine

/// The law and official guidance the briefings cite. Titles, publishers, years and addresses are
/// the checked facts of shared/references.md; where a deeper link could not be confirmed, the
/// address is the confirmed parent page.
let references: [Reference] = [
    Reference(
        "info-sharing-advice",
        title: "Information sharing: advice for practitioners providing safeguarding services to children, young people, parents and carers",
        publisher: "HM Government", year: "2018 (updated 2024)",
        address: "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice",
        note: "The source of the 7 golden rules, \u{201C}how to share\u{201D} and the \u{201C}when to share\u{201D} flowchart. Non-statutory advice."),
    Reference(
        "uk-gdpr",
        title: "UK General Data Protection Regulation (Regulation (EU) 2016/679 as it applies in the UK)",
        publisher: "legislation.gov.uk", year: "2016, retained 2021",
        address: "https://www.legislation.gov.uk/eur/2016/679/contents",
        note: "Article 6 lawful bases and Article 9 conditions govern any sharing of personal data. Golden rule 1: not a barrier to justified sharing."),
    Reference(
        "dpa-2018",
        title: "Data Protection Act 2018",
        publisher: "legislation.gov.uk", year: "2018",
        address: "https://www.legislation.gov.uk/ukpga/2018/12/contents",
        note: "The UK law alongside the UK GDPR. Golden rule 1."),
    Reference(
        "dpa-2018-sch1",
        title: "Data Protection Act 2018, Schedule 1 (Part 2, paragraph 18: \u{201C}Safeguarding of children and of individuals at risk\u{201D})",
        publisher: "legislation.gov.uk", year: "2018",
        address: "https://www.legislation.gov.uk/ukpga/2018/12/schedule/1",
        note: "The condition that allows sharing special category data without consent to protect a child, or an adult at risk, from harm: a lawful reason to share without consent."),
    Reference(
        "hra-1998",
        title: "Human Rights Act 1998, Schedule 1 (the Convention rights), Article 8: right to respect for private and family life",
        publisher: "legislation.gov.uk", year: "1998",
        address: "https://www.legislation.gov.uk/ukpga/1998/42/schedule/1",
        note: "A qualified right: sharing must be lawful, necessary and proportionate; protecting children is a legitimate aim. Golden rule 1 (\u{201C}human rights law\u{201D})."),
]
