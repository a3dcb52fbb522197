import BriefingEngine

/// What `information-sharing.md` cannot say about itself.
let informationSharing = BriefingDescription(
    "information-sharing",
    author: "Carla Thomas",
    edition: "Follows the 2018 edition of HM Government's information sharing advice for practitioners (the advice was updated on 1 May 2024).",
    source: BriefingDescription.Source(
        "Information sharing advice, HM Government",
        address: "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice"),
    sourcesLastChecked: "2026-11-25",
    flowcharts: [informationSharingFlowchart.proved(by: whenToShareProofs)],
    rulesPanel: "The 7 golden rules",
    topics: [.informationSharing],
    // The advice is for every practitioner providing safeguarding services.
    audiences: [.education, .health, .socialCare, .police],
    // Its first publication and last update are not known: they are left out, not guessed.
    replacedEdition: ReplacedEdition(
        by: "Information sharing: advice for practitioners providing safeguarding services for children, young people, parents and carers (HM Government, 2024)",
        since: "2024-04-19",
        address: "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice")
)
