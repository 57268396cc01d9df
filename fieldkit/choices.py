"""The shipped choice lists. Codes are stable (stored and exported); labels are
English and translated by the UI."""

from __future__ import annotations

from fieldkit.declare import ChoiceList

SEX = ChoiceList.of("sex", ("female", "Female"), ("male", "Male"))

DISPLACEMENT = ChoiceList.of(
    "displacement",
    ("idp", "Internally displaced (IDP)"),
    ("returnee", "Returnee"),
    ("host", "Host community"),
    ("resident", "Resident"),
)

# What a person's consent covers, each scope including the ones before it
# (fieldkit.consent): which exports may carry them.
CONSENT_SCOPE = ChoiceList.of(
    "consent_scope",
    ("record", "Recording here only"),
    ("hq", "Recording and sharing with HQ"),
    ("partners", "Sharing with HQ and, without names, with partners"),
)

VULNERABILITY = ChoiceList.of(
    "vulnerability",
    ("missing_family", "Family of a missing person"),
    ("mine_survivor", "Mine / ERW survivor"),
    ("mine_victim_family", "Family of a mine victim"),
    ("female_headed", "Female-headed household"),
    ("elderly_alone", "Older person living alone"),
    ("chronic_illness", "Chronic illness"),
)

VISIT_PURPOSE = ChoiceList.of(
    "visit_purpose",
    ("missing_accompaniment", "Accompaniment of families of the missing"),
    ("psychosocial", "Psychosocial support"),
    ("livelihood_followup", "Livelihood follow-up"),
    ("needs_assessment", "Needs assessment"),
    ("funeral_accompaniment", "Funeral accompaniment"),
    ("other", "Other"),
)

NEEDS = ChoiceList.of(
    "needs",
    ("psychosocial", "Psychosocial support"),
    ("health", "Health care"),
    ("rehabilitation", "Physical rehabilitation / prosthetics"),
    ("legal", "Legal aid / documents"),
    ("shelter", "Shelter"),
    ("food", "Food"),
    ("livelihood", "Livelihood"),
    ("education", "Education"),
    ("information_missing", "Information on the missing relative"),
)

REFERRALS = ChoiceList.of(
    "referrals",
    ("health", "Health services"),
    ("rehabilitation", "Rehabilitation centre"),
    ("psychosocial", "Psychosocial services"),
    ("legal", "Legal aid"),
    ("social_protection", "Social protection office"),
    ("livelihood", "Livelihood programme"),
    ("anama", "Mine action agency (ANAMA)"),
    ("icrc", "ICRC / Red Crescent tracing"),
)

AUDIENCE = ChoiceList.of(
    "audience",
    ("community", "Community"),
    ("school", "School"),
    ("returnees", "Returnees"),
    ("farmers", "Farmers"),
    ("herders", "Herders"),
    ("scrap_collectors", "Scrap-metal collectors"),
    ("women_group", "Women's group"),
    ("other", "Other"),
)

MATERIALS = ChoiceList.of(
    "materials",
    ("leaflets", "Leaflets"),
    ("posters", "Posters"),
    ("booklets", "Booklets"),
    ("school_kits", "School kits"),
    ("video", "Video shown"),
)

ASSISTANCE_TYPE = ChoiceList.of(
    "assistance_type",
    ("beekeeping", "Beekeeping"),
    ("poultry", "Poultry"),
    ("smart_gardening", "Smart gardening"),
    ("micro_economic", "Micro-economic initiative"),
    ("cash_grant", "Cash grant"),
    ("business_training", "Business training"),
    ("equipment", "Equipment"),
)

ASSISTANCE_STATUS = ChoiceList.of(
    "assistance_status",
    ("planned", "Planned"),
    ("delivered", "Delivered"),
    ("followed_up", "Followed up"),
)

FOLLOW_UP_OUTCOME = ChoiceList.of(
    "follow_up_outcome",
    ("thriving", "Running and earning"),
    ("running", "Running, not yet earning"),
    ("struggling", "Struggling"),
    ("stopped", "Stopped"),
)

CURRENCY = ChoiceList.of("currency", ("AZN", "AZN"), ("USD", "USD"), ("EUR", "EUR"))

STAFF_ROLE = ChoiceList.of(
    "staff_role",
    ("volunteer", "Volunteer"),
    ("facilitator", "Mine-risk education facilitator"),
    ("psychosocial", "Psychosocial worker"),
    ("coordinator", "Coordinator"),
    ("other", "Other"),
)

DISTRICT_KIND = ChoiceList.of(
    "district_kind",
    ("rayon", "District (rayon)"),
    ("municipality", "City"),
    ("autonomous_republic", "Autonomous republic"),
)
