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
    flowcharts: [informationSharingFlowchart.proved(by: whenToShareProofs)]
)
