"""Words of the demonstration's pledges and reports, written for it: a title and a sentence
for each pillar, with the place the pledge serves."""

TITLES = {
    "infrastructure": [
        "Fibre backbone extension to underserved districts of {place}",
        "Solar-powered mobile sites for remote villages in {place}",
    ],
    "affordability": [
        "Low-cost smartphones and data bundles for first-time users in {place}",
        "Halving the price of entry-level broadband in {place}",
    ],
    "policy_regulation": [
        "A national broadband plan and spectrum roadmap for {place}",
        "Regulatory sandbox for community networks in {place}",
    ],
    "skills": [
        "Digital skills for 50 000 teachers and students in {place}",
        "Coding clubs and online learning for young people in {place}",
    ],
    "digital_inclusion": [
        "Accessible public services online for persons with disabilities in {place}",
        "Connected community centres for rural women in {place}",
    ],
    "cybersecurity": [
        "A national computer incident response team for {place}",
        "Cyber hygiene training for small businesses in {place}",
    ],
    "innovation": [
        "An incubator for digital start-ups in {place}",
        "Innovation grants for local technology entrepreneurs in {place}",
    ],
    "digital_services": [
        "Telemedicine links for district hospitals in {place}",
        "Local-language digital content for farmers in {place}",
    ],
    "investment": [
        "Blended finance for rural broadband in {place}",
        "Long-term investment in data centres serving {place}",
    ],
    "financing": [
        "A universal service fund reformed to connect schools in {place}",
        "Guarantees for small operators' network loans in {place}",
    ],
}

SENTENCES = {
    "infrastructure": "We will build and operate the network where no operator has gone yet.",
    "affordability": "We aim to bring the cost of one gigabyte below 2 % of monthly income.",
    "policy_regulation": "The work is carried out with the regulator and is open to consultation.",
    "skills": "Courses are free, certified and offered in the local languages.",
    "digital_inclusion": "Each site is designed with the communities that will use it.",
    "cybersecurity": "Trained staff will protect public networks and help others do the same.",
    "innovation": "Selected founders receive mentoring, cloud credits and seed funding.",
    "digital_services": "Services are designed to work on basic phones and slow connections.",
    "investment": "Capital is committed over several years, with partners sharing the risk.",
    "financing": "Funds are disbursed against measured results, reported every year.",
}

CLOSING = "Progress will be reported to the coalition every year until the target date."

NARRATIVES = {
    "not_started": "Preparations are under way; partners and sites have been chosen.",
    "in_progress": "Work has started in the first sites; the next phase is being procured.",
    "completed": "The pledge has been delivered in full; an evaluation is being published.",
    "discontinued": "The pledge was stopped after a change of plans; its budget was redirected.",
}

RETURN_COMMENTS = [
    "Please give the countries where the work takes place and the value's currency.",
    "The description is too short: say what will be done, for whom and by when.",
]

DECLINE_REASON = "This describes a commercial offer rather than a commitment to the coalition."

REPORT_RETURN_COMMENT = "Please add the amount disbursed so far and a link to a public source."
