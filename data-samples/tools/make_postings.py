#!/usr/bin/env python3
"""make_postings.py - generate the sample job-posting drops for skillgap.

Produces data-samples/postings/2026-W45 .. 2026-W48, each with
  postings.csv      (RFC 4180, plain-text descriptions)
  postings.jsonl    (one JSON object per line, light HTML descriptions)
  jobboard.jsonld   (schema.org JobPosting @graph, HTML descriptions)
following data-samples/FORMATS.md.

Everything comes from the hand-written phrase banks below (per occupation:
titles, intros, responsibilities, requirements, nice-to-haves, negations,
short-ad bodies; per sector: company blurbs and benefits; per country:
locations, salary styles and legal boilerplate).  Skills are phrased the
way ads phrase them, drawing on the ESCO v1.1.1 essential skills of each
occupation and on O*NET 29.2 "Technology Skills" examples.

Deliberate data-quality features (all listed in data-samples/NOTES-postings.md):
  * trend skills whose share of postings rises / falls over the four weeks;
  * 15 reposts (same description; same or new id; same or other format;
    same or later week) and 4 exact duplicate records inside one file;
  * 15 malformed records that a validator must reject;
  * two non-English postings (German, Dutch).

Deterministic: fixed seed, no dependency on time, hash seeds or locale.
Stdlib only.  Usage:
    python3 make_postings.py            # write the files, print a summary
    python3 make_postings.py --check    # re-parse the files and print stats
"""
import csv
import datetime as dt
import html
import io
import json
import os
import random
import re
import sys

SEED = 20261102
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'postings'))

WEEKS = ['2026-W45', '2026-W46', '2026-W47', '2026-W48']
WEEK_START = {
    '2026-W45': dt.date(2026, 11, 2),
    '2026-W46': dt.date(2026, 11, 9),
    '2026-W47': dt.date(2026, 11, 16),
    '2026-W48': dt.date(2026, 11, 23),
}
# new (non-repost) well-formed postings generated per week
BASE_PER_WEEK = {'2026-W45': 84, '2026-W46': 88, '2026-W47': 92, '2026-W48': 96}

# ---------------------------------------------------------------------------
# Locations.  country code -> list of (city, region)
# ---------------------------------------------------------------------------
LOCATIONS = {
    'GB': [('London', 'Greater London'), ('Manchester', 'Greater Manchester'),
           ('Leeds', 'West Yorkshire'), ('Birmingham', 'West Midlands'),
           ('Bristol', 'Bristol'), ('Glasgow', 'Scotland'), ('Edinburgh', 'Scotland'),
           ('Cardiff', 'Wales'), ('Nottingham', 'Nottinghamshire'),
           ('Milton Keynes', 'Buckinghamshire'), ('Sheffield', 'South Yorkshire'),
           ('Reading', 'Berkshire'), ('Newcastle upon Tyne', 'Tyne and Wear'),
           ('Northampton', 'Northamptonshire')],
    'IE': [('Dublin', 'Co. Dublin'), ('Cork', 'Co. Cork'), ('Galway', 'Co. Galway'),
           ('Limerick', 'Co. Limerick'), ('Athlone', 'Co. Westmeath')],
    'DE': [('Berlin', 'Berlin'), ('München', 'Bayern'), ('Hamburg', 'Hamburg'),
           ('Frankfurt am Main', 'Hessen'), ('Köln', 'Nordrhein-Westfalen'),
           ('Düsseldorf', 'Nordrhein-Westfalen'), ('Leipzig', 'Sachsen'),
           ('Stuttgart', 'Baden-Württemberg')],
    'NL': [('Amsterdam', 'Noord-Holland'), ('Rotterdam', 'Zuid-Holland'),
           ('Utrecht', 'Utrecht'), ('Eindhoven', 'Noord-Brabant'),
           ('Den Haag', 'Zuid-Holland'), ('Tilburg', 'Noord-Brabant'),
           ('Venlo', 'Limburg')],
    'US': [('Austin', 'TX'), ('Seattle', 'WA'), ('Chicago', 'IL'), ('Columbus', 'OH'),
           ('Denver', 'CO'), ('Boston', 'MA'), ('Atlanta', 'GA'), ('Phoenix', 'AZ'),
           ('Raleigh', 'NC'), ('New York', 'NY'), ('Minneapolis', 'MN'),
           ('Pittsburgh', 'PA'), ('Sacramento', 'CA'), ('Indianapolis', 'IN')],
}
COUNTRY_WEIGHTS = [('GB', 34), ('US', 25), ('IE', 13), ('DE', 14), ('NL', 14)]
CURRENCY = {'GB': 'GBP', 'IE': 'EUR', 'DE': 'EUR', 'NL': 'EUR', 'US': 'USD'}
COMPANY_SUFFIX = {'GB': ['Ltd', 'Ltd', '', 'plc', 'Group'], 'IE': ['Ltd', 'DAC', '', 'Group'],
                  'DE': ['GmbH', 'GmbH', 'AG', 'SE', ''], 'NL': ['B.V.', 'B.V.', '', 'N.V.'],
                  'US': ['Inc.', 'LLC', '', 'Corp.', 'Co.']}

# ---------------------------------------------------------------------------
# Companies per sector (invented).  A country-specific legal suffix is added
# for the kinds of employer that would carry one.
# ---------------------------------------------------------------------------
COMPANIES = {
    # sector: [(name stem, kind, identity sentence)]
    'tech': [
        ('Brightloop Software', 'software', "{company} builds software that helps mid-sized insurers price risk in real time."),
        ('Kestrel Analytics', 'software', "{company} is a consultancy of 60 engineers and data specialists delivering cloud and data projects for public-sector and energy clients."),
        ('Harbourline Systems', 'software', "{company} is a B2B SaaS platform used by more than 3,000 logistics firms across Europe and North America."),
        ('Nordwind Data', 'software', "{company} builds the data platform behind a network of 200 wind and solar farms."),
        ('Quillstack', 'software', "Founded in 2014, {company} makes payroll and HR software for small businesses."),
        ('Lumenfield Technologies', 'software', "{company} is the digital arm of a 90-year-old retailer, and we're rebuilding our e-commerce platform from the ground up."),
        ('Tidewater Labs', 'software', "{company} builds route-optimisation software used by delivery fleets in 20 countries."),
        ('Corvid Cloud', 'software', "{company} is a managed cloud provider looking after the infrastructure of around 400 mid-sized businesses."),
        ('Pebblepath Software', 'software', "{company} develops booking and scheduling software for clinics and dental practices."),
        ('Ironbark Digital', 'software', "{company} is a digital agency building websites and apps for charities, universities and public bodies."),
        ('Bluefinch Payments', 'software', "{company} is a Series B fintech on a mission to make cross-border payments boring (in a good way)."),
        ('Cobaltway', 'software', "{company} makes fleet-telematics hardware and the software that runs on it."),
        ('Meridian Ledger', 'software', "{company} processes around 40 million transactions a month for banks and building societies."),
        ('Foxglove Health Tech', 'software', "{company} builds patient-facing apps used by more than 2 million people to manage long-term conditions."),
        ('Orbweaver Security', 'software', "{company} is a managed security provider running a 24/7 security operations centre for 150 clients."),
        ('Stratacode', 'software', "{company} builds property-management software for landlords and letting agents."),
    ],
    'health': [
        ('Riverside Community Health', 'clinic', "{company} provides community nursing, therapy and outpatient services to a population of around 600,000."),
        ("St Brigid's University Hospital", 'hospital', "{company} is a 450-bed teaching hospital with a strong research culture and a brand-new emergency department."),
        ('Maple Grove Hospital', 'hospital', "{company} is a 300-bed acute hospital serving {city} and the surrounding towns."),
        ('Linden Pharmacy Group', 'pharmacy', "{company} runs 14 community pharmacies across the region and a central dispensing hub."),
        ('Hawthorn Private Hospitals', 'hospital', "{company} is a private hospital group specialising in orthopaedic and day-case surgery."),
        ('Eastbrook Medical Centre', 'clinic', "{company} is a large GP-led medical centre with an urgent treatment centre and a day surgery unit."),
        ('Clearwater Health System', 'hospital', "{company} serves {city} and the surrounding towns from two hospital sites and nine community hubs."),
        ('Northvale Clinics', 'clinic', "{company} runs a network of outpatient clinics and diagnostic centres."),
        ('Juniper Pharmacy', 'pharmacy', "{company} is an independent pharmacy chain that dispenses more than 30,000 items a month and runs a busy travel clinic."),
    ],
    'care': [
        ('Clarity Home Care', 'homecare', "{company} is a family-run home care provider supporting older people to live independently in their own homes."),
        ('Willowbank Care Services', 'homecare', "{company} is a not-for-profit provider of home care, supported living and reablement services."),
        ('Homeward Support', 'homecare', "{company} supports people leaving hospital to recover at home, working closely with local discharge teams."),
        ('Kindred Hands Care', 'homecare', "{company} has been caring for people in the community for over 20 years."),
        ('Oakleaf Homecare', 'homecare', "{company} is a family-run home care provider helping older people stay independent at home."),
        ('Bluebell Community Care', 'homecare', "{company} provides home care and live-in care across {city} and the surrounding area."),
        ('Safe at Home Care', 'homecare', "{company} is a home care agency specialising in dementia and end-of-life care."),
        ('Elmwood Care Homes', 'carehome', "{company} runs six residential and nursing care homes for older people."),
    ],
    'retail': [
        ('Hollis & Reed', 'retail', "{company} is an independent department store group that has been trading since 1898."),
        ('Tandem Stores', 'retail', "{company} is a much-loved high-street retailer with 230 stores and a growing online business."),
        ('Greenbasket Supermarkets', 'retail', "{company} is one of the fastest-growing discount supermarkets, opening a new store almost every week."),
        ('Fernhill Outdoor', 'retail', "{company} sells outdoor clothing and equipment through 60 shops and our website."),
        ('Marlow Home & Gift', 'retail', "{company} is a homeware and gifts brand known for friendly service and beautiful displays."),
        ('Penny Lane Discount', 'retail', "{company} is a value retailer with 400 stores selling everything from snacks to garden furniture."),
        ('Brookes Department Store', 'retail', "{company} has been a landmark department store for more than a century."),
        ('Urbanthread', 'retail', "{company} is a fashion retailer with stores in 14 countries."),
    ],
    'logistics': [
        ('Northgate Logistics', 'logistics', "{company} is a third-party logistics provider running 11 sites and a fleet of 300 vehicles."),
        ('Bluehaul Freight', 'logistics', "{company} moves freight by road across {country_name} and into neighbouring countries."),
        ('Ostwind Spedition', 'logistics', "{company} is a family-owned haulage company specialising in chilled and ambient food distribution."),
        ('Van Dijk Transport', 'logistics', "{company} is a family transport business founded in 1962, running 180 trucks."),
        ('Crosslink Fulfilment', 'logistics', "{company} handles e-commerce fulfilment for fashion and beauty brands, shipping over 80,000 orders a day at peak."),
        ('Redline Haulage', 'logistics', "{company} delivers to more than 1,500 stores every night, 364 days a year."),
        ('Atlas Cold Chain', 'logistics', "{company} runs temperature-controlled warehouses and a fleet of 250 refrigerated trucks."),
        ('Parcelwise', 'logistics', "{company} is a parcel carrier delivering 300,000 parcels a day."),
    ],
    'finance': [
        ('Carrow Partners', 'practice', "{company} is an independent accountancy practice with 9 partners and around 80 staff."),
        ('Fenwick Ashby Accountants', 'practice', "{company} is a regional firm of chartered accountants and tax advisers with four offices."),
        ('Lindqvist Capital', 'asset', "{company} is an asset manager looking after 12 billion on behalf of pension funds and charities."),
        ('Holloway & Finch', 'practice', "{company} provides outsourced bookkeeping, payroll and tax services to over 600 small businesses."),
        ('Summit Ledger Services', 'practice', "{company} is a fast-growing outsourced finance provider for start-ups and scale-ups."),
        ('Greaves Engineering Group', 'corporate', "{company} is a listed engineering business with revenues of around 450 million and sites in four countries."),
        ('Aldermoor Insurance', 'insurer', "{company} is an insurance provider known for friendly, no-nonsense service."),
        ('Keystone Mutual', 'insurer', "{company} is a mutual insurer owned by its members, not by shareholders."),
    ],
    'contact': [
        ('Clearline Contact Solutions', 'contact', "{company} runs customer contact for some of the best-known energy, telecoms and travel brands."),
        ('Brightwave Energy', 'contact', "{company} supplies gas and electricity to 1.2 million homes and we want every one of them to feel looked after."),
        ('Talkwell', 'contact', "{company} is a broadband and mobile provider with 900,000 customers."),
        ('Aldermoor Insurance', 'contact', "{company} is an insurance provider known for friendly, no-nonsense customer service."),
        ('Connectus Telecom', 'contact', "{company} is a business telecoms provider supporting 40,000 small firms."),
        ('Wayfarer Travel', 'contact', "{company} is a tour operator sending 500,000 customers on holiday every year."),
    ],
    'hospitality': [
        ('The Copper Kettle', 'restaurant', "{company} is a much-loved cafe and restaurant, open from breakfast until late."),
        ('Olive & Ash Restaurants', 'restaurant', "{company} is a neighbourhood restaurant group with five sites serving seasonal, locally sourced food."),
        ('Harbour Kitchen', 'restaurant', "{company} is a busy 120-cover brasserie in the heart of {city}."),
        ('Grainstore Brasserie', 'restaurant', "{company} is an all-day brasserie in a converted grain warehouse."),
        ('Compass Rose Hotel', 'hotel', "{company} is a 180-bedroom hotel with a restaurant, a bar and a thriving events business."),
        ('Fieldfare Catering', 'caterer', "{company} provides catering for hospitals, schools and corporate offices."),
        ('Saltmarsh Bistro', 'restaurant', "{company} is a small, award-winning seafood bistro."),
    ],
    'corporate': [
        ('Bloom & Field Cosmetics', 'corporate', "{company} is a consumer brand selling plant-based skincare in 18 countries."),
        ('Peakform Nutrition', 'corporate', "{company} is a sports nutrition brand sold in supermarkets, gyms and online."),
        ('Thornbury Housing', 'corporate', "{company} is a not-for-profit housing association providing 30,000 affordable homes."),
        ('Calder Heating Systems', 'corporate', "{company} manufactures energy-efficient heating systems and employs 1,400 people."),
        ('Verdant Foods', 'corporate', "{company} is a food manufacturer supplying own-label ready meals to major retailers."),
        ('Harlow Publishing', 'corporate', "{company} is an independent publisher of educational books and digital learning resources."),
        ('Sunstride Sportswear', 'corporate', "{company} designs and sells running and outdoor sportswear in 30 countries."),
        ('Ashgrove Manufacturing', 'corporate', "{company} makes packaging machinery for the food and drink industry."),
    ],
}
# company kinds an occupation is never advertised by
OCC_EXCLUDE_KINDS = {
    'nurse': {'pharmacy'}, 'pharmacy_technician': {'clinic'},
    'cook': {'pharmacy', 'clinic', 'homecare'}, 'care_at_home_worker': {'carehome'},
    'bookkeeper': {'asset', 'insurer'}, 'financial_analyst': {'practice'},
    'database_administrator': {'practice', 'pharmacy', 'clinic'},
    'ict_security_engineer': {'practice', 'pharmacy', 'clinic'},
    'ict_network_administrator': {'pharmacy'}, 'data_analyst': {'practice'}, 'ict_project_manager': {'practice'},
}
NO_SUFFIX_SECTORS = {'health', 'care', 'hospitality'}

# ---------------------------------------------------------------------------
# Sector "about us" sentences ({company}, {city}).  Each employer has its own
# identity sentence (in COMPANIES); these extra sentences are compatible with
# any employer of the sector.
# ---------------------------------------------------------------------------
ABOUT_MORE = {
    'tech': [
        "We're about 120 people, profitable since 2021 and growing steadily.",
        "Our engineering team is spread across five countries and meets in person twice a year.",
        "We care about a sustainable pace, thoughtful code review and shipping small changes often.",
        "Our customers range from start-ups to household names.",
        "We were named one of the best places to work in tech in {city} two years running.",
        "We're backed by investors who think in decades, not quarters.",
        "Diversity of background and thought makes our product better, and we hire accordingly.",
    ],
    'health': [
        "Our services were rated 'Good' at our last inspection, with 'Outstanding' for caring.",
        "At {company}, patients come first - and so do the people who care for them.",
        "We invest heavily in our people: last year over 200 colleagues completed funded development courses.",
        "We're a digitally mature organisation, with electronic prescribing and records across all our sites.",
    ],
    'care': [
        "We deliver around 4,000 hours of care a week across {city} and the surrounding villages.",
        "We specialise in dementia care, reablement after hospital discharge and end-of-life support.",
        "Our visits are never shorter than 30 minutes, because good care can't be rushed.",
        "We're proud to be rated 'Good' by the regulator and even prouder of what our clients say about us.",
    ],
    'retail': [
        "Our stores are busy, friendly places and our customers come back because of the people they meet.",
        "We're growing fast, with more stores planned for 2027.",
        "Our colleague engagement scores have been the highest in our sector three years in a row.",
    ],
    'logistics': [
        "Our newest distribution centre opened this year with the latest automated sortation.",
        "Safety is our first value: we run a no-blame near-miss reporting culture on every site.",
        "Most of our managers started on the warehouse floor or behind the wheel.",
    ],
    'finance': [
        "We're a close-knit team that values accuracy, honesty and a good sense of humour.",
        "We have been recognised as a top employer for trainees.",
        "We invest in technology so our people spend less time on manual work and more time on analysis.",
    ],
    'contact': [
        "Our multi-award-winning contact centre handles over 2 million conversations a year across phone, chat and email.",
        "Our contact centre in {city} is modern, bright and right next to the train station.",
        "Our Trustpilot score is 4.7 and our people are the reason why.",
    ],
    'hospitality': [
        "We cook everything from scratch - stocks, sauces, bread and pastry.",
        "Our menu changes with the seasons and we work directly with farmers and fishermen.",
        "We were listed in a national food guide for the third year running.",
    ],
    'corporate': [
        "Our head office in {city} is home to around 300 people across marketing, finance, HR and IT.",
        "We're a certified B Corp and take our environmental commitments seriously.",
        "We've grown revenue by over 20% a year for the last five years.",
    ],
}

# ---------------------------------------------------------------------------
# Benefits: sector-specific, country-specific and generic
# ---------------------------------------------------------------------------
BENEFITS_SECTOR = {
    'tech': ["Flexible remote working, with an office in {city} when you want it", "Latest MacBook Pro or ThinkPad - your choice",
             "Share options for every employee", "Annual conference and training budget",
             "Four-day week pilot running in 2027", "Home-office setup allowance",
             "Hack weeks twice a year", "Paid time off for open-source contributions"],
    'health': ["Enhanced pay for nights, weekends and bank holidays", "Paid professional registration fees",
               "Funded post-registration courses and preceptorship", "On-site nursery and staff restaurant",
               "Blue Light Card discounts", "Relocation package of up to 8,000 for the right candidate",
               "Free flu and COVID-19 vaccinations", "Protected study days"],
    'care': ["Paid travel time and mileage for every visit", "Flexible shifts that fit around school runs",
             "Fully paid training including the Care Certificate", "Company car scheme for drivers",
             "Guaranteed hours contracts available", "Paid DBS/background check",
             "Uniform and PPE provided", "24/7 on-call support from our office team"],
    'retail': ["Colleague discount of 25% in store and online", "Christmas bonus scheme",
               "Free uniform", "Sunday premium pay", "Paid breaks",
               "Clear progression to supervisor and manager roles", "Early access to wages through our app"],
    'logistics': ["Weekly pay", "Overtime paid at time and a half", "Peak season bonus",
                  "Subsidised on-site canteen", "Free parking and a shuttle bus from the station",
                  "Paid forklift (FLT) training", "Safety boots and hi-vis provided",
                  "Modern Euro 6 fleet with sleeper cabs"],
    'finance': ["Full study support for ACCA, CIMA or ACA", "Hybrid working - two days in the office",
                "Annual bonus of up to 10%", "Early finish on Fridays", "Paid professional subscriptions",
                "Private medical insurance"],
    'contact': ["Monthly incentives and team prizes", "Free breakfast on Fridays",
                "Full paid training - no experience needed", "Work-from-home option after probation",
                "Shift patterns that suit you", "Paid volunteering day"],
    'hospitality': ["Staff meals on every shift", "Tips shared fairly through a tronc",
                    "Straight shifts - no splits", "50% off food in all our restaurants",
                    "Two days off together every week", "Paid stage at a partner restaurant each year"],
    'corporate': ["Hybrid working and flexible hours", "Annual bonus", "Enhanced family leave",
                  "Volunteering days", "Product discounts", "Learning budget for courses and books"],
}
BENEFITS_COUNTRY = {
    'GB': ["25 days' annual leave plus bank holidays", "Pension with 6% employer contribution",
           "Cycle to work scheme", "Private medical insurance (after probation)",
           "Life assurance at 4x salary", "Employee assistance programme"],
    'IE': ["23 days' annual leave plus public holidays", "PRSA pension with employer contribution",
           "VHI health insurance for you and your family", "Bike-to-work scheme",
           "Tax saver commuter ticket", "Educational assistance"],
    'DE': ["30 days of holiday", "Deutschlandticket paid by us", "Company pension scheme (bAV)",
           "Urban Sports Club membership", "Permanent contract (unbefristet)", "Job bike leasing"],
    'NL': ["8% holiday allowance", "Pension scheme", "Travel allowance or NS Business Card",
           "Home-working allowance", "25 vacation days", "A 13th month"],
    'US': ["Medical, dental and vision insurance from day one", "401(k) with a 4% company match",
           "Paid time off plus 10 paid holidays", "Tuition reimbursement",
           "HSA/FSA options", "Paid parental leave"],
}
BENEFITS_GENERIC = ["Enhanced maternity and paternity pay", "Wellbeing days", "Referral bonus",
                    "Your birthday off", "Free eye tests", "Long-service awards",
                    "Discounts at hundreds of retailers", "Mental health first aiders on every site"]

# ---------------------------------------------------------------------------
# Longer paragraphs that long ads carry (sector culture, process, legal notes)
# ---------------------------------------------------------------------------
SECTOR_PARAS = {
    'tech': ["Engineering culture matters to us. We write design documents for anything significant, run regular internal tech talks, and trust engineers to make decisions about how they work. Our career framework has parallel tracks for people who want to manage and people who want to stay hands-on.",
             "We believe in small autonomous teams. Each team owns its services from design to production, decides how it works within a few light guardrails, and has a direct line to the customers who use what it builds."],
    'health': ["Your wellbeing matters. Our staff wellbeing hub offers free counselling, fast-track physiotherapy, mindfulness sessions and rest spaces on every site, and our chaplaincy team is there for people of all faiths and none.",
               "We are committed to developing our clinical workforce. Every registered professional has a personal development plan, protected learning time, and access to our clinical skills centre and simulation suite."],
    'care': ["Every new carer completes our paid five-day induction covering moving and handling, medication, safeguarding, dementia awareness, first aid and food hygiene. You'll then shadow experienced colleagues until you feel ready, and we'll support you to complete a recognised care qualification.",
             "We know that care work can be emotionally demanding, so we've built our support around our carers: monthly supervision, team get-togethers, a 24-hour on-call line and a hardship fund for when life gets difficult."],
    'retail': ["We promote from within wherever we can. Our Step Up programme helps shop-floor colleagues become supervisors, and most of our store managers started out on the tills.",
               "Our busiest time of year is November to January. Temporary colleagues get the same training and discount as everyone else, and many go on to permanent roles."],
    'logistics': ["Safety comes first on every shift. You'll get a full site induction, all the protective equipment you need, and training on any equipment you use. Our site has won a national safety award two years running.",
                  "Our operation runs around the clock, so we offer a range of shift patterns. Many colleagues choose compressed hours - four longer shifts and four days off - to spend more time with family."],
    'finance': ["We support professional development at every stage. Trainees receive paid study leave and exam fees, qualified colleagues get a CPD budget and technical update sessions, and our mentoring scheme pairs junior and senior staff.",
                "Our finance systems are modern and largely cloud-based, which means less time copying numbers between spreadsheets and more time doing work that matters."],
    'contact': ["Training is at the heart of what we do. Your first weeks are spent in a classroom with an experienced trainer, learning our systems and products and practising real calls before you speak to a customer. After that, a team coach listens to calls with you and helps you improve.",
                "We measure success by how customers feel, not by how quickly we get them off the phone. There are no call-time targets, and you'll be trusted to take the time needed to put things right."],
    'hospitality': ["We're serious about looking after our team. Rotas are published four weeks in advance, overtime is paid, and we close two days a week so everyone gets proper rest. Our head chef runs monthly training sessions on butchery, pastry and fermentation.",
                    "Everything we cook starts with good ingredients. We buy whole animals from two local farms, fish comes in daily from the coast, and most of our vegetables are grown within 30 miles."],
    'corporate': ["We're a hybrid employer. Most teams spend two or three days a week in the office, with core hours between 10am and 3pm and flexibility around them for school runs, appointments and life in general.",
                  "Learning is part of the job here: everyone has an annual learning budget, access to an online course library and the chance to join our mentoring programme."],
}
GENERIC_PARAS = [
    "Our hiring process is simple: a short phone call with our recruiter, an interview with the hiring manager (in person or on video), and a chance to meet the team before you decide. We aim to give everyone feedback, whatever the outcome, within five working days of each stage.",
    "We're committed to building a workplace where everyone feels they belong. If you need any adjustments during the application process - extra time, a different interview format or information in another format - just tell us and we'll make it happen.",
    "By applying you agree that we may store and process the information in your application for the purpose of recruitment. We keep applicant data for six months after the position is filled and then delete it securely, unless you ask us to keep you in mind for future roles.",
    "We know that great candidates sometimes hold back because they don't tick every box. If this role excites you but your experience doesn't match everything above, we'd still encourage you to apply.",
    "We're working towards net zero by 2035. Our offices run on renewable electricity, we've cut business travel by a third, and every colleague gets two paid days a year to volunteer for environmental or community projects.",
    "Your first weeks with us are planned in detail: a structured induction, a buddy who has done the job, regular check-ins with your manager, and clear goals for your first 30, 60 and 90 days.",
    "Please note that we may close this advert early if we receive a high volume of applications, so we recommend applying as soon as possible.",
]

# ---------------------------------------------------------------------------
# Soft skills, phrased the way ads phrase them
# ---------------------------------------------------------------------------
SOFT = [
    "You're a strong communicator, in writing and in person.",
    "Self-motivated and able to manage your own workload.",
    "Great attention to detail.",
    "You work well with others and are happy to muck in when things get busy.",
    "A genuine desire to keep customers happy.",
    "Calm under pressure and able to prioritise.",
    "Reliable and punctual - people can count on you.",
    "A problem-solver who enjoys getting to the bottom of things.",
    "Organised, with the ability to juggle several tasks at once.",
    "Comfortable explaining complex topics to non-specialist colleagues.",
    "A positive, can-do attitude.",
    "Flexible and adaptable when plans change.",
    "Good time management and the discipline to meet deadlines.",
    "A team player who shares knowledge generously.",
    "Patient, empathetic and a good listener.",
    "Curious and keen to keep learning.",
    "Confident making decisions and owning the outcome.",
    "Able to build good working relationships at every level.",
]

# Words that are skill names in other contexts, used here in their everyday sense
AMBIGUOUS = [
    "You'll excel in a fast-paced team where no two days are the same.",
    "We're recruiting now for a spring 2027 start.",
    "We want people who go the extra mile for the people we serve.",
    "Free coffee all day - our Java beans are roasted down the road.",
    "Access to our employee assistance programme, day or night.",
    "Our teams are small and everyone has a voice.",
    "A swift hiring process: one interview and a decision within a week.",
    "If you have that spark of curiosity, we'd love to hear from you.",
    "The outlook for 2027 is strong, with two new sites opening.",
    "Most of our hires come through word of mouth - our people recommend us.",
    "If you want to excel and grow with us, apply today.",
    "Put a spring in your step with a job you'll actually enjoy.",
]

NEGATIONS_GENERIC = [
    "No prior experience needed - full training is provided.",
    "No SAP experience required; we'll teach you our systems.",
    "You don't need a degree for this role.",
    "A driving licence is not required for this position.",
    "Previous experience in our sector is not essential.",
]

EEO = {
    'GB': ["We are a Disability Confident employer and will offer an interview to disabled applicants who meet the essential criteria.",
           "We welcome applications from everyone, regardless of background, and we're happy to talk about flexible working.",
           "Successful applicants will need to provide proof of the right to work in the UK."],
    'IE': ["We are an equal opportunities employer and welcome applications from all backgrounds.",
           "Candidates must be eligible to work in Ireland; we are unable to sponsor permits for this role."],
    'DE': ["We value diversity and welcome all applications regardless of gender, nationality, ethnic and social origin, religion, disability, age or sexual identity.",
           "Please send your CV in English or German - both are fine."],
    'NL': ["We value diversity and inclusion and welcome applicants of all backgrounds.",
           "A VOG (certificate of conduct) is part of our hiring process.",
           "Acquisition in response to this vacancy is not appreciated."],
    'US': ["{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
           "Reasonable accommodations are available for applicants with disabilities throughout the hiring process.",
           "This position requires a background check and drug screen."],
}
APPLY_LINES = [
    "Apply with your CV - no cover letter needed.",
    "Click apply and answer four short questions; it takes about five minutes.",
    "Send us your CV and a few lines about why this role caught your eye.",
    "We review applications as they come in, so please don't wait for the closing date.",
    "Questions? Message our recruitment team through the apply page and we'll get back to you within two working days.",
    "Our process: a 20-minute call, a practical conversation with the team, and an offer.",
    "Interviews will take place in {city} or by video call.",
]

# ---------------------------------------------------------------------------
# Trend phrase banks.  These strings (and only these) carry the trend terms.
# ---------------------------------------------------------------------------
TREND_TERMS = {
    'kubernetes': ['Kubernetes'],
    'generative-ai': ['generative AI', 'prompt engineering'],
    'infection-control': ['infection control'],
    'jquery': ['jQuery'],
    'hadoop': ['Hadoop'],
}
TREND_PHRASES = {
    'kubernetes': [
        ('req', "Hands-on experience running workloads on Kubernetes (EKS, AKS or GKE)."),
        ('resp', "Deploy and operate our services on Kubernetes using Helm and Argo CD."),
        ('req', "Must have: production experience with Kubernetes and containerised applications."),
        ('req', "Comfortable troubleshooting pods, deployments and ingress on Kubernetes."),
        ('nice', "Kubernetes certification (CKA or CKAD)."),
        ('resp', "Help move the last of our virtual machines onto Kubernetes."),
    ],
    'generative-ai': [
        ('req', "Experience using generative AI tools such as ChatGPT or GitHub Copilot in your daily work, with a feel for prompt engineering."),
        ('resp', "Help us pilot generative AI features, from prompt engineering to evaluating the output."),
        ('nice', "Interest in generative AI and LLM-based automation."),
        ('nice', "Anything you've built with generative AI - prompt engineering, retrieval-augmented generation or fine-tuning."),
        ('req', "Comfortable using generative AI assistants responsibly to draft content and summarise information."),
    ],
    'generative-ai-contact': [
        ('resp', "Work alongside our generative AI assistant, which suggests answers while you're on a call - we'll show you how to get the best out of it."),
        ('nice', "Confidence using generative AI chat tools at home or at work."),
    ],
    'generative-ai-marketing': [
        ('req', "Experience using generative AI for content creation, including prompt engineering for campaign copy and imagery."),
        ('resp', "Set our guidelines for using generative AI in creative work and train the team on prompt engineering."),
    ],
    'infection-control': [
        ('req', "Up-to-date infection control training, including correct use of PPE."),
        ('resp', "Follow infection control procedures rigorously, especially through the winter flu and norovirus season."),
        ('resp', "Act as the infection control link nurse for the ward."),
        ('req', "Good knowledge of infection control and hand hygiene standards."),
        ('resp', "Support infection control audits and keep clinical areas audit-ready."),
    ],
    'infection-control-care': [
        ('resp', "Follow strict infection control practice in people's homes - gloves, aprons and hand hygiene on every visit."),
        ('req', "An understanding of infection control (we'll refresh your training on day one)."),
    ],
    'infection-control-pharmacy': [
        ('resp', "Follow infection control and cleanroom procedures when preparing aseptic products."),
        ('req', "Knowledge of infection control standards in a pharmacy or clinical setting."),
    ],
    'jquery': [
        ('resp', "Maintain our legacy front-end code written in jQuery."),
        ('req', "Experience with jQuery and server-rendered templates."),
        ('nice', "Familiarity with jQuery for our older admin pages."),
    ],
    'hadoop': [
        ('req', "Experience with Hadoop (Hive, HDFS) on large data sets."),
        ('resp', "Support our on-premise Hadoop cluster while we complete the move to the cloud."),
        ('nice', "Hadoop ecosystem experience (Hive, Pig, HDFS)."),
    ],
}
# share of the eligible new postings of each week (W45..W48) that carry the trend (rounded quota)
TREND_PLAN = {
    'kubernetes': {'occs': ['software_developer', 'cloud_engineer', 'web_developer', 'data_scientist',
                            'database_administrator', 'ict_security_engineer', 'ict_network_administrator',
                            'ict_project_manager'],
                   'p': [0.10, 0.30, 0.50, 0.75], 'bank': {}},
    'generative-ai': {'occs': ['software_developer', 'web_developer', 'data_scientist', 'data_analyst',
                               'ict_project_manager', 'marketing_manager', 'call_centre_agent',
                               'cloud_engineer', 'human_resources_officer'],
                      'p': [0.05, 0.20, 0.35, 0.55],
                      'bank': {'call_centre_agent': 'generative-ai-contact',
                               'marketing_manager': 'generative-ai-marketing'}},
    'infection-control': {'occs': ['nurse', 'care_at_home_worker', 'pharmacy_technician'],
                          'p': [0.15, 0.35, 0.60, 0.85],
                          'bank': {'care_at_home_worker': 'infection-control-care',
                                   'pharmacy_technician': 'infection-control-pharmacy'}},
    'jquery': {'occs': ['web_developer', 'software_developer'],
               'p': [0.70, 0.40, 0.20, 0.0], 'bank': {}},
    'hadoop': {'occs': ['data_analyst', 'data_scientist', 'database_administrator'],
               'p': [0.60, 0.35, 0.15, 0.0], 'bank': {}},
}
# Occupation demand weights per week (peak season pushes warehouse, driving,
# retail and contact-centre hiring up; restaurants hire less in late November)
WEEK_WEIGHT = {
    'warehouse_worker': [1.0, 1.4, 1.8, 2.3],
    'cargo_vehicle_driver': [1.0, 1.2, 1.5, 1.8],
    'shop_assistant': [1.0, 1.3, 1.7, 2.1],
    'call_centre_agent': [1.0, 1.1, 1.3, 1.5],
    'nurse': [1.3, 1.5, 1.7, 1.9],
    'cook': [1.3, 1.1, 0.9, 0.7],
    'software_developer': [1.8, 1.7, 1.6, 1.5],
}

# ---------------------------------------------------------------------------
# Occupation phrase banks.
#   esco/uri : ESCO v1.1.1 occupation (preferred label, concept URI)
#   onet     : O*NET-SOC 29.2 code used when an ATS/board supplies one
#   pay      : (unit, min, max) in GBP for GB; converted for other countries
#   titles   : (title, pay factor, countries or None)
# ---------------------------------------------------------------------------
OCC = {}

OCC['software_developer'] = dict(
    esco='software developer', uri='http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    onet='15-1252.00', sector='tech', pay=('YEAR', 45000, 65000), us_mult=1.85,
    emp=[('FULL_TIME', 9), ('CONTRACTOR', 2)],
    stacks=['java', 'java', 'dotnet', 'python'],
    titles=[('Senior Backend Engineer (Java)', 1.3, None, 'java'), ('Software Engineer', 1.0, None),
            ('Junior Software Developer', 0.65, None), ('Full Stack Developer (.NET / React)', 1.0, None, 'dotnet'),
            ('Backend Developer - Python', 1.05, None, 'python'), ('Senior Software Engineer, Payments', 1.35, None),
            ('Graduate Software Engineer', 0.6, ['GB', 'IE']), ('Java Developer - Spring Boot', 1.1, None, 'java'),
            ('Software Engineer II', 1.1, ['US']), ('Lead Software Engineer', 1.5, None),
            ('Kotlin/Java Engineer - Platform Team', 1.2, None, 'java'), ('C# Developer', 0.95, ['GB', 'IE', 'NL'], 'dotnet'),
            ('Python Engineer - Data Platform', 1.1, None, 'python'), ('.NET Developer', 1.0, ['GB', 'US', 'DE'], 'dotnet')],
    intro=[
        "We're looking for a {title} to join one of our product squads and help us build features our customers rely on every day.",
        "As a {title} you'll design, build and run services end to end, from the first sketch on a whiteboard to monitoring them in production.",
        "This is a hands-on role in a team of six engineers, a product manager and a designer.",
        "You'll join the team that owns our core transaction engine - the bit that really has to work.",
        "We're hiring a {title} to help us break a ten-year-old monolith into well-designed services without stopping the business.",
        "You will write code most days, review other people's code every day, and have a real say in how we build things.",
    ],
    resp=[
        "[java] Design, build and maintain backend services in Java 21 and Spring Boot.",
        "[dotnet] Design, build and maintain backend services in C# with ASP.NET Core.",
        "[python] Design, build and maintain backend services in Python with FastAPI and Django.",
        "Write clean, well-tested code and review pull requests from your teammates.",
        "Work with product managers to turn customer requirements into technical designs.",
        "Debug and fix production issues, and write up what we learned afterwards.",
        "Build and consume REST and GraphQL APIs used by our web and mobile apps.",
        "Improve our CI/CD pipelines in GitHub Actions so we can release several times a day.",
        "Write technical documentation that the next engineer will actually read.",
        "Take part in our on-call rota (one week in six, paid).",
        "[java] Profile and optimise slow database queries in PostgreSQL.",
        "[python] Profile and optimise slow database queries in PostgreSQL.",
        "[dotnet] Profile and optimise slow queries in SQL Server.",
        "Build prototypes quickly to test ideas with customers before we commit to them.",
        "Apply sensible design patterns and keep our codebase easy to change.",
        "Mentor junior developers through pairing and code review.",
        "Contribute to architecture discussions and decision records.",
        "Automate data migrations between old and new services.",
        "Instrument services with metrics, logs and traces using OpenTelemetry and Grafana.",
    ],
    req=[
        "3+ years of commercial software development experience.",
        "[java] Strong Java or Kotlin skills, including Spring Boot.",
        "[dotnet] Strong C# and .NET skills, including Entity Framework Core.",
        "[python] Strong Python skills, including FastAPI or Django.",
        "Solid understanding of object-oriented design and common design patterns.",
        "[java] Experience writing automated tests (JUnit, Mockito, Testcontainers).",
        "[dotnet] Experience writing automated tests (xUnit or NUnit, Moq).",
        "[python] Experience writing automated tests with pytest.",
        "Good SQL skills and experience with a relational database such as PostgreSQL or MySQL.",
        "Experience with Git and a pull-request based workflow.",
        "Experience building RESTful APIs and working with JSON.",
        "Familiarity with Docker and cloud platforms such as AWS or Azure.",
        "[java] Comfortable using an IDE such as IntelliJ IDEA or Eclipse and its debugging tools.",
        "[dotnet] Comfortable with Visual Studio or Rider and their debugging tools.",
        "[python] Comfortable with PyCharm or VS Code and a debugger.",
        "[java] Experience with Python or C# in a production setting.",
        "[python] Experience with type hints, mypy and async Python.",
        "[dotnet] Experience with Azure Service Bus or another message queue.",
        "An understanding of how to read and interpret a technical specification.",
        "Experience with React and TypeScript for the occasional front-end change.",
        "Knowledge of message brokers such as Apache Kafka or RabbitMQ.",
        "A degree in computer science or equivalent practical experience.",
    ],
    nice=[
        "Experience with event-driven architectures.",
        "Experience in fintech, payments or another regulated industry.",
        "Knowledge of Terraform or other infrastructure-as-code tools.",
        "Experience with Go or Rust.",
        "Open-source contributions you're proud of.",
        "Familiarity with domain-driven design.",
        "Experience with Elasticsearch or OpenSearch.",
        "Knowledge of Jira and Confluence.",
    ],
    neg=["[java] You don't need to know Kotlin on day one - most of our codebase is still Java.",
         "No fintech experience required; we'll teach you the domain."],
    extra=[
        "[java] Our stack: Java 21, Spring Boot, PostgreSQL, Kafka, React with TypeScript, all running on AWS. We deploy around 30 times a day and every change goes through code review.",
        "[dotnet] Our stack: .NET 8, ASP.NET Core, SQL Server, Azure Service Bus and React, all running on Azure. We release several times a week and every change goes through code review.",
        "[python] Our stack: Python 3.12, FastAPI, Django for the admin side, PostgreSQL, Celery and React, all running on AWS. Every change goes through code review and CI.",
        "A typical week: a short planning session on Monday, a demo on Friday, and in between you'll pick up work from the board, pair with a colleague on anything tricky, and spend a few hours reviewing code.",
        "We keep meetings to a minimum and write things down instead. Engineers spend at least 70% of their time building.",
        "We hold blameless post-incident reviews and 10% of every sprint is reserved for fixing the things that annoy us.",
    ],
    tags=['Java', 'Spring Boot', 'Kotlin', 'PostgreSQL', 'Docker', 'AWS', 'Azure', 'Git', 'React', 'TypeScript',
          'Python', 'C#', '.NET', 'ASP.NET Core', 'SQL Server', 'FastAPI', 'Django', 'pytest', 'Apache Kafka',
          'Terraform', 'SQL', 'REST', 'GraphQL', 'Kubernetes', 'jQuery', 'JUnit'],
    short=[
        "[java] {company} is hiring a {title} in {city}. Java, Spring Boot and SQL essential; AWS a plus. Hybrid, 2 days in the office.",
        "[dotnet] {company} is hiring a {title} in {city}. C#, .NET and SQL Server essential; Azure a plus. Hybrid, 2 days in the office.",
        "[python] {title} wanted in {city}: Python, FastAPI or Django, PostgreSQL. Remote-friendly, small team.",
        "{title} wanted for a growing SaaS team. You'll build APIs, write tests and ship often. Must have 2+ years with Java or C#.",
    ],
)

OCC['data_analyst'] = dict(
    esco='data analyst', uri='http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2',
    onet='15-2051.01', sector='tech', pay=('YEAR', 32000, 46000), us_mult=1.6,
    emp=[('FULL_TIME', 9), ('CONTRACTOR', 1), ('TEMPORARY', 1)],
    titles=[('Data Analyst', 1.0, None), ('Senior Data Analyst', 1.3, None), ('Junior Data Analyst', 0.75, None),
            ('Business Intelligence Analyst', 1.05, None), ('Data Analyst - Commercial', 1.0, None),
            ('Insight Analyst', 0.95, ['GB', 'IE']), ('Reporting Analyst (Power BI)', 0.95, None),
            ('Data Analyst, Customer Operations', 1.0, ['US']), ('Marketing Data Analyst', 1.0, None)],
    intro=[
        "We're looking for a {title} to turn our messy operational data into clear answers for the business.",
        "As {title} you'll sit between the data engineering team and the people who make decisions, and make sure they're making them on good numbers.",
        "This role is about asking good questions of data, building dashboards people actually use, and explaining what the numbers mean.",
        "You'll be the go-to person for reporting across sales, finance and operations.",
        "Our data team is small (four people) but our data is big, and there's plenty of low-hanging fruit.",
    ],
    resp=[
        "Build and maintain dashboards and reports in Power BI.",
        "Write SQL to extract, join and clean data from our data warehouse.",
        "Carry out ad-hoc analysis to answer questions from across the business.",
        "Check data quality, investigate anomalies and work with data owners to fix them at source.",
        "Define and document KPIs so that everyone uses the same numbers.",
        "Present findings to non-technical stakeholders, including the leadership team.",
        "Automate recurring reports that are currently built by hand in Excel.",
        "Use statistical techniques to spot trends, seasonality and outliers.",
        "Help design data models for new reporting areas.",
        "Collect requirements from business teams and turn them into analysis plans.",
        "Keep sensitive data confidential and follow our data protection policies.",
        "Support A/B test design and analyse the results.",
    ],
    req=[
        "Strong SQL - you can write window functions without looking them up.",
        "Advanced Microsoft Excel, including pivot tables, XLOOKUP and Power Query.",
        "Experience building dashboards in Power BI, Tableau or Looker.",
        "A good grounding in statistics.",
        "Experience cleaning and normalising data from several sources.",
        "A degree in a numerate subject, or equivalent experience.",
        "The ability to tell a clear story with data, in writing and visually.",
        "Experience with Python (pandas) or R for analysis.",
        "Understanding of data modelling concepts such as star schemas.",
        "Experience working with large data sets.",
        "Knowledge of GDPR and handling personal data responsibly.",
    ],
    nice=[
        "Experience with dbt or a similar transformation tool.",
        "Familiarity with Snowflake, BigQuery or Amazon Redshift.",
        "Experience with Google Analytics or other web analytics tools.",
        "Knowledge of DAX.",
        "Experience in retail, e-commerce or subscription businesses.",
        "Experience with Alteryx.",
        "Knowledge of SAS or IBM SPSS Statistics.",
    ],
    neg=["You don't need to know Python - SQL and Excel are what matter most here.",
         "No previous experience in our industry is required."],
    extra=[
        "Our data lives in Snowflake, transformed with dbt and surfaced in Power BI. Around 400 people use our dashboards every week.",
        "You'll spend roughly half your time on planned reporting work and half on questions that come up - some of which will be genuinely interesting.",
        "We run a weekly data clinic where anyone in the company can drop in with a question.",
    ],
    tags=['SQL', 'Microsoft Excel', 'Power BI', 'Tableau', 'Looker', 'Python', 'R', 'dbt', 'Snowflake',
          'statistics', 'data quality', 'Hadoop', 'Google Analytics'],
    short=[
        "{title} needed in {city}. SQL and Power BI essential, Excel to an advanced level. 12-month fixed term.",
        "{company} seeks a {title}: build dashboards, clean data, present insights. Tableau or Power BI plus SQL required.",
    ],
)

OCC['data_scientist'] = dict(
    esco='data scientist', uri='http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    onet='15-2051.00', sector='tech', pay=('YEAR', 52000, 75000), us_mult=1.9,
    emp=[('FULL_TIME', 10), ('CONTRACTOR', 1)],
    titles=[('Data Scientist', 1.0, None), ('Senior Data Scientist', 1.3, None),
            ('Machine Learning Scientist', 1.15, None), ('Data Scientist - Pricing', 1.05, None),
            ('Lead Data Scientist', 1.5, None), ('Applied Scientist, Recommendations', 1.2, ['US', 'NL']),
            ('Data Scientist (NLP)', 1.1, None)],
    intro=[
        "We're hiring a {title} to build models that change what our customers see and what we charge them.",
        "As a {title} you'll own problems end to end: framing the question, getting the data, building the model and getting it into production.",
        "Our data science team works embedded in product squads rather than in an ivory tower.",
        "You'll join a team of five data scientists and three ML engineers working on forecasting and recommendations.",
        "This role suits someone who enjoys both the maths and the messy business of making models useful.",
    ],
    resp=[
        "Develop and validate statistical and machine learning models in Python.",
        "Build recommender systems that personalise what our users see.",
        "Design experiments and analyse A/B test results with proper statistical rigour.",
        "Work with data engineers to build reliable data pipelines for model features.",
        "Communicate results to non-technical audiences and influence product decisions.",
        "Deploy models to production with our ML engineers and monitor their performance.",
        "Write clear technical documentation and internal papers on your methods.",
        "Explore new data sources and assess their quality and usefulness.",
        "Mentor analysts and junior data scientists.",
        "Keep up with research and bring good ideas from the literature into practice.",
        "Build demand forecasts that drive stock and staffing decisions.",
    ],
    req=[
        "An MSc or PhD in a quantitative field, or equivalent experience.",
        "Strong Python, including pandas, NumPy and scikit-learn.",
        "Solid grounding in statistics, probability and experimental design.",
        "Strong SQL and experience working with large databases.",
        "Experience taking models from notebook to production.",
        "Experience with deep learning frameworks such as PyTorch or TensorFlow.",
        "The ability to explain complex ideas simply.",
        "Experience with Apache Spark or another distributed computing framework.",
        "Experience with cloud ML platforms (SageMaker, Vertex AI or Azure ML).",
        "Good software engineering habits: version control with Git, testing and code review.",
    ],
    nice=[
        "Publications in relevant conferences or journals.",
        "Experience with Bayesian methods.",
        "Experience with time-series forecasting at scale.",
        "Knowledge of R.",
        "Experience with MLflow or a similar experiment-tracking tool.",
        "Experience with natural language processing.",
        "Familiarity with causal inference.",
    ],
    neg=["A PhD is not required - we care about what you can do, not your title.",
         "No retail experience needed."],
    extra=[
        "Our toolkit: Python, SQL, Databricks, MLflow and a fair amount of good old-fashioned statistics. Models are served through an internal platform so you don't have to become an infrastructure expert.",
        "We run a monthly reading group and every data scientist gets ten days a year for self-directed research.",
        "Recent projects include a delivery-time model that cut late orders by 18% and a churn model used by our retention team every morning.",
    ],
    tags=['Python', 'SQL', 'machine learning', 'statistics', 'PyTorch', 'TensorFlow', 'scikit-learn',
          'Apache Spark', 'R', 'Hadoop', 'Kubernetes', 'generative AI'],
    short=[
        "{title} - {city}. Python, SQL, solid statistics. Build forecasting and recommendation models with a small, friendly team.",
    ],
)

OCC['web_developer'] = dict(
    esco='web developer', uri='http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d',
    onet='15-1254.00', sector='tech', pay=('YEAR', 35000, 52000), us_mult=1.7,
    emp=[('FULL_TIME', 8), ('CONTRACTOR', 2), ('PART_TIME', 1)],
    titles=[('Frontend Developer (React)', 1.0, None), ('Web Developer', 0.9, None),
            ('Senior Frontend Engineer', 1.3, None), ('WordPress Developer', 0.8, None),
            ('Junior Web Developer', 0.65, None), ('Full Stack Web Developer (PHP/Laravel)', 1.0, None),
            ('UI Developer - Design Systems', 1.1, None), ('Shopify Developer', 0.9, ['GB', 'US', 'IE'])],
    intro=[
        "We're looking for a {title} who cares about fast, accessible websites as much as we do.",
        "You'll work closely with our designers to turn Figma designs into polished, responsive pages.",
        "As our {title}, you'll look after the public website and the customer portal that 200,000 people log into every month.",
        "This role sits in our digital team of eight, alongside designers, a content lead and two backend developers.",
        "We're rebuilding our e-commerce front end and need a {title} to help lead the way.",
    ],
    resp=[
        "Build responsive, accessible user interfaces with HTML, CSS and JavaScript.",
        "Develop components in React and TypeScript for our design system.",
        "Translate designs from Figma into pixel-perfect, maintainable code.",
        "Make sure our pages meet WCAG 2.2 AA and W3C standards.",
        "Optimise page speed and Core Web Vitals.",
        "Integrate front-end code with REST APIs and our headless CMS.",
        "Write unit and end-to-end tests with Jest and Playwright.",
        "Debug cross-browser issues and fix them properly.",
        "Gather feedback from users and turn it into improvements.",
        "Maintain our WordPress sites, plugins and themes.",
        "Document components and patterns for other developers.",
        "Work in two-week sprints with code review on every change.",
    ],
    req=[
        "Strong HTML, CSS (including Sass) and modern JavaScript.",
        "Commercial experience with React, Vue or Angular.",
        "Experience with TypeScript.",
        "A good understanding of web accessibility.",
        "Experience with Git and code review.",
        "Knowledge of responsive design and cross-browser testing.",
        "Experience consuming REST or GraphQL APIs.",
        "Experience with PHP and a framework such as Laravel.",
        "An eye for design detail.",
        "A portfolio or GitHub profile you can show us.",
    ],
    nice=[
        "Experience with Next.js or another server-side rendering framework.",
        "Knowledge of SEO best practice.",
        "Experience with a headless CMS such as Contentful or Strapi.",
        "Experience with Tailwind CSS.",
        "Experience with Storybook.",
        "Basic knowledge of Node.js.",
        "Experience with Adobe Photoshop or Illustrator for quick asset edits.",
    ],
    neg=["No agency experience required.", "You don't need a computer science degree."],
    extra=[
        "Our front end is Next.js with TypeScript, styled with CSS modules and tested with Playwright. Content comes from a headless CMS and we deploy to Vercel.",
        "Accessibility isn't an afterthought here: every component is tested with a screen reader before it ships.",
        "Around 60% of our traffic is on mobile, so mobile-first isn't just a slogan.",
    ],
    tags=['HTML', 'CSS', 'JavaScript', 'TypeScript', 'React', 'Vue', 'Angular', 'PHP', 'Laravel', 'WordPress',
          'Sass', 'Figma', 'jQuery', 'Next.js', 'Git'],
    short=[
        "{title} ({city}). HTML, CSS, JavaScript and React essential. Portfolio required. Hybrid or remote.",
        "Freelance {title} needed for 3 months to build landing pages in WordPress and React. Day rate on application.",
    ],
)

OCC['cloud_engineer'] = dict(
    esco='cloud engineer', uri='http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e',
    onet='15-1299.08', sector='tech', pay=('YEAR', 55000, 80000), us_mult=1.8,
    emp=[('FULL_TIME', 8), ('CONTRACTOR', 3)],
    stacks=['aws', 'aws', 'azure'],
    titles=[('Cloud Engineer (AWS)', 1.0, None, 'aws'), ('Senior Cloud Platform Engineer', 1.25, None),
            ('DevOps Engineer', 0.95, None), ('Azure Cloud Engineer', 1.0, None, 'azure'),
            ('Site Reliability Engineer', 1.15, None), ('Cloud Infrastructure Engineer - Terraform', 1.05, None),
            ('Platform Engineer', 1.1, None)],
    intro=[
        "We're looking for a {title} to help us run a secure, reliable and cost-effective cloud platform.",
        "As a {title} you'll build the paved road our product teams use to ship software safely.",
        "This is a hands-on engineering role: infrastructure as code, automation, and a healthy obsession with monitoring.",
        "You'll join a platform team of five looking after around 300 services across three AWS regions.",
        "We're mid-way through migrating from our own data centre to the cloud, and we need a {title} to help us finish the job well.",
    ],
    resp=[
        "[aws] Design and build cloud infrastructure on AWS using Terraform.",
        "[azure] Design and build cloud infrastructure on Azure using Terraform and Bicep.",
        "Automate everything you reasonably can with Python, Bash or Go.",
        "Run and improve our CI/CD pipelines.",
        "Plan and carry out migrations of workloads to the cloud.",
        "Implement cloud security and compliance controls, including IAM and key management.",
        "[aws] Monitor systems with Prometheus, Grafana and CloudWatch, and respond to incidents.",
        "[azure] Monitor systems with Azure Monitor, Log Analytics and Grafana, and respond to incidents.",
        "Design cloud networks: VPCs, peering, load balancers and DNS.",
        "Manage cloud storage, backups and disaster recovery.",
        "Keep an eye on cloud costs and help teams spend wisely.",
        "Write runbooks and technical documentation.",
        "Refactor legacy applications to take advantage of managed services.",
        "Take part in a paid on-call rota.",
    ],
    req=[
        "Strong experience with AWS, Azure or Google Cloud.",
        "Infrastructure as code with Terraform, CloudFormation or Bicep.",
        "Good scripting skills in Python, Bash or PowerShell.",
        "Experience with Docker and containerised applications.",
        "Solid Linux administration skills.",
        "Understanding of networking fundamentals: TCP/IP, DNS, routing and firewalls.",
        "Experience with CI/CD tools such as GitHub Actions, GitLab CI or Jenkins.",
        "Knowledge of cloud security good practice.",
        "Experience with monitoring and logging tools.",
        "Experience with configuration management (Ansible, Chef or Puppet).",
    ],
    nice=[
        "AWS Solutions Architect or Azure Administrator certification.",
        "Experience with service meshes such as Istio or Linkerd.",
        "Experience with FinOps practices.",
        "Knowledge of Go.",
        "Experience in a regulated environment (ISO 27001, SOC 2, PCI DSS).",
        "Experience with HashiCorp Vault.",
    ],
    neg=["[aws] No Azure experience required - we're all-in on AWS.", "[azure] No AWS experience required - we're an Azure shop.", "You don't need to be a developer, but you should be comfortable reading code."],
    extra=[
        "[aws] Our platform: AWS (EKS, RDS, Lambda, S3), Terraform, GitHub Actions, Prometheus and Grafana. Everything is in code and everything goes through review.",
        "[azure] Our platform: Azure (AKS, Azure SQL, Functions, Storage), Terraform and Bicep, Azure DevOps pipelines and Grafana. Everything is in code and everything goes through review.",
        "We run blameless incident reviews and track toil so we can automate it away.",
        "On-call is one week in six, paid, and we work hard to keep it quiet.",
    ],
    tags=['AWS', 'Azure', 'Google Cloud', 'Terraform', 'Docker', 'Kubernetes', 'Linux', 'Python', 'Bash',
          'Ansible', 'CI/CD', 'Prometheus', 'Grafana'],
    short=[
        "[aws] {title} - {city} or remote. AWS, Terraform and Linux essential. Contract, 6 months, day rate negotiable.",
        "[azure] {title} - {city} or remote. Azure, Terraform and PowerShell essential. Permanent, hybrid.",
    ],
)

OCC['ict_network_administrator'] = dict(
    esco='ICT network administrator', uri='http://data.europa.eu/esco/occupation/81480b40-a318-47f3-9b2c-56b69ed67d95',
    onet='15-1244.00', sector='tech', pay=('YEAR', 32000, 46000), us_mult=1.55,
    emp=[('FULL_TIME', 10), ('CONTRACTOR', 1)],
    titles=[('Network Administrator', 1.0, None), ('IT Infrastructure Engineer', 1.1, None),
            ('Network Engineer (Cisco)', 1.15, None), ('IT Systems & Network Administrator', 1.0, None),
            ('2nd Line Network Support Engineer', 0.8, ['GB', 'IE']), ('Network and Systems Administrator', 1.0, ['US'])],
    intro=[
        "We're looking for a {title} to keep our network fast, secure and boringly reliable across 12 sites.",
        "As {title} you'll look after our LAN, WAN, Wi-Fi and firewalls, and help plan what comes next.",
        "This is a varied, hands-on role in a small IT team where you'll see every part of the infrastructure.",
        "You'll be the network expert in a team of six, supporting around 900 users.",
    ],
    resp=[
        "Configure and maintain switches, routers and wireless access points.",
        "Manage firewall rules and VPN access.",
        "Monitor network performance and bandwidth and fix bottlenecks before users notice.",
        "Maintain IP addressing, DHCP and DNS.",
        "Manage backups and test restores regularly.",
        "Patch and maintain Windows and Linux servers.",
        "Administer Microsoft 365, Active Directory and Entra ID.",
        "Manage our VMware virtualisation environment.",
        "Deploy and maintain anti-virus and endpoint protection.",
        "Document network designs, changes and procedures.",
        "Plan capacity and recommend hardware purchases.",
        "Support site moves and new office fit-outs.",
    ],
    req=[
        "Experience administering Cisco, Juniper or Aruba network equipment.",
        "Strong understanding of TCP/IP, VLANs, routing and switching.",
        "Experience with firewalls (Fortinet, Palo Alto or Cisco ASA).",
        "Experience with Windows Server and Active Directory.",
        "Knowledge of VPN technologies.",
        "Experience with network monitoring tools such as PRTG, SolarWinds or Zabbix.",
        "CCNA or equivalent certification.",
        "Good troubleshooting skills and a methodical approach.",
        "Experience with VMware or Hyper-V.",
        "Basic scripting in PowerShell or Python.",
    ],
    nice=[
        "CCNP certification.",
        "Experience with SD-WAN.",
        "Experience with Microsoft Intune.",
        "Knowledge of ITIL processes.",
        "Experience with Azure networking.",
    ],
    neg=["A degree is not required; certifications and experience count for more.", "No out-of-hours on-call."],
    extra=[
        "Our estate: Cisco Catalyst switching, Meraki wireless, FortiGate firewalls, around 80 virtual servers on VMware, and a growing footprint in Azure.",
        "You'll spend about a third of your time on planned projects and the rest keeping things running and helping colleagues.",
    ],
    tags=['Cisco', 'TCP/IP', 'VPN', 'firewalls', 'Active Directory', 'VMware', 'Windows Server', 'PowerShell',
          'Python', 'Linux', 'Microsoft 365'],
    short=[
        "{title} needed in {city}. Cisco switching, firewalls and Windows Server. CCNA preferred. Permanent, on site.",
    ],
)

OCC['database_administrator'] = dict(
    esco='database administrator', uri='http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc',
    onet='15-1242.00', sector='tech', pay=('YEAR', 45000, 62000), us_mult=1.65,
    emp=[('FULL_TIME', 9), ('CONTRACTOR', 2)],
    titles=[('Database Administrator (SQL Server)', 1.0, None), ('Senior DBA - PostgreSQL', 1.25, None),
            ('Oracle DBA', 1.1, None), ('Database Reliability Engineer', 1.2, None),
            ('Database Administrator', 1.0, None)],
    intro=[
        "We're looking for a {title} to look after the databases behind our core systems.",
        "As {title} you'll make sure our data is secure, backed up, fast and always available.",
        "You'll join a small infrastructure team and be our in-house database expert.",
        "Our databases support 24/7 operations, so we need a {title} who takes reliability seriously.",
    ],
    resp=[
        "Install, configure and upgrade database servers.",
        "Design and test backup and recovery strategies.",
        "Monitor and tune database performance.",
        "Manage database security, users and permissions.",
        "Design database schemas with development teams.",
        "Automate routine tasks with PowerShell, Bash or Python scripts.",
        "Plan capacity and balance resources across servers.",
        "Troubleshoot database incidents and perform root-cause analysis.",
        "Support migrations to managed cloud databases.",
        "Maintain high-availability and replication setups.",
        "Document standards and procedures.",
    ],
    req=[
        "Strong experience administering Microsoft SQL Server, PostgreSQL or Oracle Database.",
        "Excellent T-SQL or PL/SQL skills.",
        "Experience with backup, restore and disaster recovery.",
        "Experience with performance tuning and query optimisation.",
        "Experience with replication, clustering or Always On availability groups.",
        "Scripting skills in PowerShell, Bash or Python.",
        "Understanding of data modelling and database design.",
        "Experience with database security and auditing.",
    ],
    nice=[
        "Experience with Amazon RDS or Azure SQL.",
        "Knowledge of MySQL or MariaDB.",
        "Experience with MongoDB or other NoSQL databases.",
        "Microsoft or Oracle certifications.",
        "Experience with Redgate tools.",
    ],
    neg=["No Oracle experience required.", "This role does not involve out-of-hours support."],
    extra=[
        "We run around 40 SQL Server instances and a growing number of PostgreSQL databases on AWS RDS.",
        "You'll work closely with our developers to review schema changes and help them write faster queries.",
    ],
    tags=['SQL Server', 'PostgreSQL', 'Oracle Database', 'T-SQL', 'PL/SQL', 'MySQL', 'MongoDB', 'PowerShell',
          'backup and recovery', 'Hadoop', 'Kubernetes'],
    short=[
        "{title}, {city}. SQL Server, backups, performance tuning. Permanent, hybrid.",
    ],
)

OCC['ict_security_engineer'] = dict(
    esco='ICT security engineer', uri='http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4',
    onet='15-1299.05', sector='tech', pay=('YEAR', 55000, 80000), us_mult=1.75,
    emp=[('FULL_TIME', 9), ('CONTRACTOR', 2)],
    titles=[('Security Engineer', 1.0, None), ('Senior Cyber Security Engineer', 1.25, None),
            ('Information Security Engineer', 1.0, None), ('Cloud Security Engineer', 1.15, None),
            ('SOC Analyst (Level 2)', 0.75, None), ('Application Security Engineer', 1.15, None)],
    intro=[
        "We're looking for a {title} to help protect our customers' data and keep attackers out.",
        "As {title} you'll work across our cloud, network and applications to find and fix weaknesses before someone else does.",
        "Security here is everyone's job, but it's your full-time job - and you'll have the backing of the board.",
        "You'll join a security team of four reporting to our CISO.",
    ],
    resp=[
        "Identify and assess security risks across our systems.",
        "Define and maintain security policies and standards.",
        "Run vulnerability scans and coordinate penetration tests.",
        "Investigate and respond to security incidents.",
        "Manage our SIEM (Microsoft Sentinel) and tune detection rules.",
        "Implement controls to meet ISO 27001 and SOC 2 requirements.",
        "Review architecture and code changes for security issues.",
        "Maintain and test our disaster recovery and business continuity plans.",
        "Educate colleagues about phishing, data confidentiality and safe behaviour online.",
        "Manage identity and access management, including MFA and privileged access.",
        "Report findings and risks clearly to technical teams and to the board.",
    ],
    req=[
        "Experience in a security engineering or security operations role.",
        "Good knowledge of common attack vectors and how to counter them.",
        "Experience with SIEM tools such as Splunk, Microsoft Sentinel or Elastic.",
        "Understanding of network security, firewalls and encryption.",
        "Knowledge of ISO 27001, NIST CSF or CIS Controls.",
        "Experience securing cloud environments (AWS or Azure).",
        "Scripting skills in Python or PowerShell.",
        "Ability to carry out risk assessments and explain risk in business terms.",
        "Familiarity with GDPR and data protection law.",
    ],
    nice=[
        "CISSP, OSCP, CISM or Security+ certification.",
        "Experience with threat modelling.",
        "Experience with EDR tools such as CrowdStrike or Defender for Endpoint.",
        "Experience of security in a financial services environment.",
        "Knowledge of OWASP Top 10.",
    ],
    neg=["No security clearance required.", "You don't need a degree if you can show relevant experience."],
    extra=[
        "Our environment: Microsoft 365 E5, Azure and AWS, Sentinel, Defender, and a mature vulnerability management process.",
        "We run tabletop exercises every quarter and a full disaster recovery test every year.",
    ],
    tags=['SIEM', 'Splunk', 'Microsoft Sentinel', 'ISO 27001', 'penetration testing', 'Python', 'PowerShell',
          'AWS', 'Azure', 'incident response', 'Kubernetes'],
    short=[
        "{title} wanted in {city}. SIEM, incident response, cloud security. CISSP or similar desirable.",
    ],
)

OCC['ict_project_manager'] = dict(
    esco='ICT project manager', uri='http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525',
    onet='15-1299.09', sector='tech', pay=('YEAR', 52000, 72000), us_mult=1.6,
    emp=[('FULL_TIME', 8), ('CONTRACTOR', 3)],
    titles=[('IT Project Manager', 1.0, None), ('Technical Project Manager', 1.05, None),
            ('Senior IT Project Manager - ERP', 1.25, None), ('Delivery Manager', 1.0, ['GB', 'IE']),
            ('Agile Project Manager', 1.0, None), ('IT Programme Manager', 1.4, None)],
    intro=[
        "We're looking for an {title} to deliver a portfolio of technology projects on time, on budget and without drama.",
        "As {title} you'll lead cross-functional teams through our ERP and CRM replacement programme.",
        "This role suits someone who can speak both business and technology and keep everyone pointed in the same direction.",
        "You'll manage two to four projects at a time, from business case to go-live.",
    ],
    resp=[
        "Plan and manage IT projects from initiation to close.",
        "Manage budgets, resources and timelines.",
        "Identify and manage risks, issues and dependencies.",
        "Manage change requests and keep scope under control.",
        "Report progress to steering groups and senior stakeholders.",
        "Coordinate suppliers and manage contracts.",
        "Run agile ceremonies or stage gates as the project requires.",
        "Make sure projects meet quality standards and legal requirements.",
        "Build strong relationships with business stakeholders.",
        "Coach project team members and manage conflict when it arises.",
        "Maintain project documentation in Jira and Confluence.",
    ],
    req=[
        "Proven experience delivering IT projects.",
        "A project management qualification such as PRINCE2, PMP or APM.",
        "Experience with both Agile (Scrum) and Waterfall delivery.",
        "Strong budget and resource management.",
        "Excellent stakeholder management.",
        "Experience managing third-party suppliers.",
        "Good working knowledge of Jira, Confluence and Microsoft Project.",
        "Understanding of the software development life cycle.",
        "Strong risk management skills.",
    ],
    nice=[
        "Experience delivering ERP projects (SAP, Oracle or Microsoft Dynamics).",
        "Scrum Master certification.",
        "Experience in a public-sector environment.",
        "Technical background in software development or infrastructure.",
        "Knowledge of ITIL.",
    ],
    neg=["No SAP experience required, though it would help.", "You don't need to be technical, but you must be comfortable with technical detail."],
    extra=[
        "Current projects include a move to Microsoft Dynamics 365, a new customer portal and the replacement of our telephony platform.",
        "You'll report to the Head of IT Delivery and work alongside three other project managers and a PMO analyst.",
    ],
    tags=['PRINCE2', 'PMP', 'Agile', 'Scrum', 'Jira', 'Confluence', 'Microsoft Project', 'risk management',
          'budget management', 'SAP', 'Kubernetes', 'generative AI'],
    short=[
        "{title} - 6-month contract, {city}. PRINCE2 and Agile, ERP experience essential.",
    ],
)

OCC['nurse'] = dict(
    esco='nurse responsible for general care', uri='http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
    onet='29-1141.00', sector='health', pay=('YEAR', 29970, 36483), us_pay=('HOUR', 38.0, 52.0),
    emp=[('FULL_TIME', 7), ('PART_TIME', 3), ('PER_DIEM', 1)],
    titles=[('Registered Nurse - Night Shifts', 1.0, None), ('Band 5 Staff Nurse - Acute Medicine', 1.0, ['GB']),
            ('Staff Nurse - Surgical Ward', 1.0, ['GB', 'IE']), ('Registered Nurse (RN) - Med/Surg', 1.0, ['US']),
            ('Senior Staff Nurse - Emergency Department', 1.15, ['GB', 'IE']), ('Registered General Nurse', 1.0, ['IE']),
            ('Registered Nurse - Older Persons Care', 1.0, None), ('RN - Telemetry, Nights', 1.05, ['US']),
            ('Clinical Nurse Manager 1', 1.25, ['IE']), ('Verpleegkundige / Registered Nurse', 1.0, ['NL']),
            ('Registered Nurse - Orthopaedics', 1.0, None), ('Charge Nurse', 1.2, ['GB', 'US'])],
    intro=[
        "We're looking for a compassionate {title} to join a friendly, well-supported ward team.",
        "As a {title} you'll assess, plan, deliver and evaluate care for a group of patients on each shift.",
        "Whether you're newly qualified or have years of experience, we'll support you to grow.",
        "Our 28-bed ward cares for adults with a wide range of medical and surgical conditions.",
        "This is a great opportunity for a {title} who wants variety, strong teamwork and real investment in their development.",
        "You'll be part of a multidisciplinary team including doctors, physiotherapists, occupational therapists and pharmacists.",
    ],
    resp=[
        "Assess patients' needs and plan, deliver and evaluate person-centred nursing care.",
        "Administer medicines safely and in line with policy.",
        "Keep accurate, timely records in the electronic health record.",
        "Recognise and respond to deteriorating patients using NEWS2 and escalation protocols.",
        "Work with the multidisciplinary team to plan safe, timely discharges.",
        "Support and supervise student nurses and healthcare assistants.",
        "Provide health education and advice to patients and their families.",
        "Respect patients' dignity, autonomy and right to informed consent.",
        "Follow clinical guidelines and contribute to audits and quality improvement.",
        "Take charge of the ward in the absence of the ward manager.",
        "Support patients and families through end-of-life care with compassion.",
        "Take part in emergency situations and initiate basic life support.",
        "Coordinate care with community teams to keep care continuous after discharge.",
    ],
    req=[
        ("Registered nurse (adult) with an active NMC PIN.", ["GB"]),
        ("Active RN license in good standing (compact license welcome).", ["US"]),
        ("Registered with NMBI (General Division).", ["IE"]),
        ("BIG registration as a verpleegkundige.", ["NL"]),
        "Current registration with the relevant nursing board.",
        "Up-to-date knowledge of evidence-based nursing practice.",
        "Confident with medicines management and IV therapy.",
        "Experience using electronic patient records such as Epic or Cerner.",
        "Basic or Immediate Life Support certification.",
        "Good IT skills, including Microsoft Outlook and Word.",
        "Excellent communication skills with patients, families and colleagues.",
        "The ability to prioritise and stay calm in busy situations.",
        "A commitment to your own professional development.",
        "Experience of caring for older people and people living with dementia.",
    ],
    nice=[
        "Post-registration experience in acute medicine or surgery.",
        "A mentorship or practice assessor qualification.",
        "Experience in tissue viability or wound care.",
        "Venepuncture and cannulation skills.",
        "Experience in a leadership role.",
        "Knowledge of MEDITECH or eClinicalWorks.",
    ],
    neg=["Newly qualified nurses are welcome - no post-registration experience needed.",
         "You don't need acute experience; full preceptorship is provided."],
    extra=[
        "Our ward runs on 12.5-hour shifts with a mix of days and nights. We use self-rostering, so you have a real say in your pattern.",
        "Newly registered nurses follow a 12-month preceptorship with protected supernumerary time, a named preceptor and monthly study days.",
        "International nurses are welcome: we provide OSCE preparation, pastoral support and help with accommodation for the first three months.",
        "Our staff survey scores for teamwork are among the highest in the region.",
    ],
    tags=['patient care', 'medicines management', 'Epic', 'Cerner', 'Basic Life Support', 'IV therapy',
          'infection control', 'wound care', 'dementia care', 'NEWS2'],
    short=[
        "{title} required at {company}, {city}. Active registration essential. Days and nights, full or part time.",
        "Bank {title} shifts available now in {city}. Weekly pay, flexible hours. Must hold current nursing registration.",
    ],
)

OCC['pharmacy_technician'] = dict(
    esco='pharmacy technician', uri='http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210',
    onet='29-2052.00', sector='health', pay=('YEAR', 24000, 30000), us_pay=('HOUR', 18.5, 24.0),
    emp=[('FULL_TIME', 7), ('PART_TIME', 3)],
    titles=[('Pharmacy Technician', 1.0, None), ('Registered Pharmacy Technician - Dispensary', 1.0, ['GB']),
            ('Pharmacy Technician (Certified, CPhT)', 1.0, ['US']), ('Senior Pharmacy Technician', 1.15, None),
            ('Accuracy Checking Pharmacy Technician', 1.1, ['GB', 'IE']), ('Aseptic Services Technician', 1.05, None)],
    intro=[
        "We're looking for a {title} to join our busy, friendly dispensary team.",
        "As {title} you'll make sure patients get the right medicines, safely and on time.",
        "This role combines dispensing, stock management and plenty of contact with patients.",
        "You'll work alongside pharmacists, dispensers and counter assistants in a modern pharmacy.",
    ],
    resp=[
        "Dispense and accuracy-check prescriptions.",
        "Check prescriptions for legal and clinical information and flag issues to the pharmacist.",
        "Prepare prescription labels and package medicines.",
        "Order, receive and rotate stock, and manage the controlled drugs register.",
        "Keep medicines stored at the right temperature and record fridge checks.",
        "Advise patients on how to take their medicines and on self-care.",
        "Maintain accurate pharmacy records and patient medication records.",
        ("Process NHS and private prescription claims.", ["GB"]),
        ("Process insurance claims and prior authorisations.", ["US"]),
        "Handle customer queries over the phone and at the counter.",
        "Report possible medication interactions to the pharmacist.",
        "Take part in stock takes and audits.",
    ],
    req=[
        "Registered as a pharmacy technician with the relevant regulator.",
        "A recognised pharmacy technician qualification (e.g. NVQ Level 3 or equivalent).",
        "Experience in a community or hospital pharmacy.",
        "Excellent accuracy and attention to detail.",
        "Good knowledge of medicines and over-the-counter products.",
        "Experience with pharmacy software such as ProScript, PharmOutcomes or MEDITECH.",
        "Good customer service skills.",
        "Able to work under pressure while staying accurate.",
    ],
    nice=[
        "Accredited Checking Technician qualification.",
        "Experience with aseptic preparation.",
        "Experience with multi-compartment compliance aids.",
        "Experience with robotic dispensing systems.",
    ],
    neg=["No hospital experience required.", "Not registered yet? We'll fund your training."],
    extra=[
        "Our pharmacy opens 8am-8pm Monday to Saturday; this role works 37.5 hours across five days including one Saturday in three.",
        "We're investing in a new dispensing robot, which means more time for you to spend with patients.",
    ],
    tags=['dispensing', 'stock control', 'controlled drugs', 'MEDITECH', 'customer service', 'infection control'],
    short=[
        "{title} - {city}. Registered, experienced in dispensing and stock control. Full or part time.",
    ],
)

OCC['care_at_home_worker'] = dict(
    esco='care at home worker', uri='http://data.europa.eu/esco/occupation/f4525ed8-54eb-4a3b-90db-55cc01b0d9fd',
    onet='31-1122.00', sector='care', pay=('HOUR', 12.21, 14.00), us_mult=1.35,
    emp=[('PART_TIME', 6), ('FULL_TIME', 4), ('PER_DIEM', 1)],
    titles=[('Home Care Assistant', 1.0, None), ('Domiciliary Care Worker - Drivers Wanted', 1.05, ['GB']),
            ('Carer - Weekends', 1.0, ['GB', 'IE']), ('Home Health Aide', 1.0, ['US']),
            ('Healthcare Assistant - Community', 1.0, ['IE']), ('Live-in Carer', 1.2, ['GB', 'IE']),
            ('Personal Care Aide', 1.0, ['US']), ('Senior Home Carer', 1.12, None)],
    intro=[
        "We're looking for kind, reliable people to join us as {title}s and help older people stay happy and safe at home.",
        "As a {title} you'll visit clients in their own homes and support them with everyday tasks.",
        "No two days are the same, but every day you'll make a real difference to someone's life.",
        "We're recruiting for the {city} area, with rounds planned so you spend less time driving and more time caring.",
        "If you're a good listener and like helping people, we'll give you all the training you need.",
    ],
    resp=[
        "Help clients with personal care: washing, dressing and using the toilet, always with dignity.",
        "Prepare meals and drinks and support clients to eat well.",
        "Prompt and administer medication in line with care plans.",
        "Help clients keep their independence and do as much for themselves as they can.",
        "Notice changes in a client's health or wellbeing and report them to the office.",
        "Keep accurate notes on our care app after every visit.",
        "Provide companionship, conversation and a friendly face.",
        "Help with light housework, shopping and appointments.",
        "Support clients with mobility, including using hoists safely.",
        "Follow safeguarding procedures and raise concerns promptly.",
        "Work with families, district nurses and GPs to support each client.",
    ],
    req=[
        "A caring, patient and respectful nature.",
        "A full driving licence and access to a car (for driving roles).",
        "A smartphone and basic IT skills for our care app.",
        "Good English, written and spoken.",
        "Willingness to work some evenings and weekends.",
        "A clear background check (we'll arrange it).",
        "Experience caring for family members counts.",
    ],
    nice=[
        ("An NVQ/QCF Level 2 or 3 in Health and Social Care.", ["GB"]),
        "Experience supporting people living with dementia.",
        ("The Care Certificate.", ["GB"]),
        ("QQI Level 5 in Healthcare Support.", ["IE"]),
        ("State HHA certification or CNA.", ["US"]),
        "Experience with end-of-life care.",
    ],
    neg=["No prior experience needed - full paid training is provided.", "You don't need qualifications to start."],
    extra=[
        "New carers shadow an experienced colleague for at least three shifts before working alone, and you'll always have someone to call, day or night.",
        "We plan rounds by postcode, pay for the time you spend travelling between visits, and never book visits back to back with no travel time.",
        "Most of our carers started with no experience. Many are now seniors, supervisors or care coordinators.",
    ],
    tags=['personal care', 'medication administration', 'dementia care', 'safeguarding', 'infection control',
          'moving and handling'],
    short=[
        "{title}s needed in {city}. Flexible hours, paid training, paid travel. Drivers preferred. Start within two weeks.",
        "Weekend {title} - {city}. Help older people stay independent at home. No experience necessary.",
    ],
)

OCC['shop_assistant'] = dict(
    esco='shop assistant', uri='http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2',
    onet='41-2031.00', sector='retail', pay=('HOUR', 11.50, 12.60), us_mult=1.3,
    emp=[('PART_TIME', 6), ('FULL_TIME', 3), ('TEMPORARY', 3)],
    titles=[('Sales Assistant', 1.0, None), ('Retail Assistant - Christmas Temp', 1.0, None),
            ('Customer Assistant (Part Time)', 1.0, ['GB', 'IE']), ('Retail Sales Associate', 1.0, ['US']),
            ('Store Colleague - Weekends', 1.0, None), ('Sales Advisor - Outdoor Equipment', 1.05, None),
            ('Seasonal Retail Associate', 1.0, ['US']), ('Winkelmedewerker / Sales Assistant', 1.0, ['NL']),
            ('Verkäufer (m/w/d) / Sales Assistant', 1.0, ['DE'])],
    intro=[
        "We're looking for friendly {title}s to help our customers find what they need and leave with a smile.",
        "As a {title} you'll be the face of our store - serving customers, keeping shelves full and making the shop look great.",
        "If you love talking to people and don't mind being on your feet, you'll fit right in.",
        "We're busy in the run-up to Christmas and need extra hands on the shop floor.",
        "Our {city} store is one of our busiest and our team is a close one.",
    ],
    resp=[
        "Greet customers and help them find the right products.",
        "Operate the till, take payments and process refunds.",
        "Replenish shelves and keep stock rotated.",
        "Put up price tags and promotional signage.",
        "Keep the shop floor clean, tidy and safe.",
        "Create attractive product displays.",
        "Take orders for items that are out of stock and follow them up.",
        "Unload deliveries and put stock away in the stockroom.",
        "Tell customers about current offers and our loyalty scheme.",
        "Gift-wrap purchases during our busy seasons.",
        "Handle customer complaints politely and escalate when needed.",
    ],
    req=[
        "A friendly, positive attitude.",
        "Good communication skills.",
        "Flexibility to work weekends, evenings and some bank holidays.",
        "Basic maths for handling cash.",
        "The ability to stand for long periods and lift stock up to 15 kg.",
        "Reliability and good timekeeping.",
    ],
    nice=[
        "Previous retail or hospitality experience.",
        "Interest in our products.",
        "Experience using a till or EPOS system.",
        "A second language.",
    ],
    neg=["No prior experience needed - we'll train you.", "You don't need any qualifications."],
    extra=[
        "Contracts range from 8 to 30 hours a week, and many of our temps stay on after Christmas.",
        "We'll train you on our tills and products in your first week, working alongside an experienced colleague.",
    ],
    tags=['customer service', 'cash handling', 'visual merchandising', 'stock replenishment', 'EPOS'],
    short=[
        "{title} - {city}. Part time, 16 hours, weekends essential. No experience needed. Apply in store or online.",
        "Christmas temps wanted! {title} roles at {company} {city}. Immediate start, flexible hours.",
        "{title} needed at {company}. Tills, shelves and happy customers. Evenings and weekends.",
    ],
)

OCC['retail_department_manager'] = dict(
    esco='retail department manager', uri='http://data.europa.eu/esco/occupation/a79d9e58-36be-4e67-a4db-ea6c8ff445fc',
    onet='41-1011.00', sector='retail', pay=('YEAR', 29000, 38000), us_mult=1.5,
    emp=[('FULL_TIME', 10)],
    titles=[('Department Manager', 1.0, None), ('Assistant Store Manager', 1.05, None),
            ('Retail Department Manager - Home', 1.0, None), ('Fresh Food Department Manager', 1.0, ['GB', 'IE', 'NL']),
            ('Retail Sales Manager', 1.1, ['US']), ('Floor Manager - Fashion', 0.95, None)],
    intro=[
        "We're looking for a {title} to lead a team of 15 and run one of our busiest departments.",
        "As {title} you'll own the performance of your department: sales, stock, standards and, above all, people.",
        "This role is ideal for an experienced supervisor ready for the next step, or a manager who wants to join a growing business.",
        "You'll report to the Store Manager and deputise in their absence.",
    ],
    resp=[
        "Lead, coach and motivate your team to hit sales targets.",
        "Analyse sales data and take action to maximise revenue.",
        "Plan rotas and control wage costs.",
        "Manage stock levels, ordering and shrinkage.",
        "Deliver promotions and marketing campaigns in store.",
        "Recruit, train and develop colleagues.",
        "Make sure the department complies with health and safety and trading law.",
        "Handle customer escalations and monitor service standards.",
        "Manage the department budget and control expenses.",
        "Set sales goals and track performance against them.",
    ],
    req=[
        "Experience managing a team in retail.",
        "A track record of driving sales.",
        "Commercial awareness and confidence with numbers.",
        "Good knowledge of employment law basics and company policy.",
        "Excellent people management skills.",
        "Competent with Microsoft Excel and retail reporting tools.",
        "Flexibility to work weekends and late shifts.",
    ],
    nice=[
        "Experience in food, fashion or homeware retail.",
        "Experience with SAP Retail or a similar stock system.",
        "A retail management qualification.",
    ],
    neg=["No degree required - we promote on performance."],
    extra=[
        "Our managers work five days out of seven, with a fair share of weekends and a fixed day off each week.",
        "Around 70% of our store managers started on the shop floor, and we'll put you on our management development programme from day one.",
    ],
    tags=['people management', 'sales analysis', 'stock control', 'budget management', 'Microsoft Excel', 'SAP'],
    short=[
        "{title} - {city}. Lead a team of 12, drive sales, manage stock. Retail management experience essential.",
    ],
)

OCC['warehouse_worker'] = dict(
    esco='warehouse worker', uri='http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
    onet='53-7062.00', sector='logistics', pay=('HOUR', 11.80, 14.20), us_mult=1.4,
    emp=[('FULL_TIME', 5), ('TEMPORARY', 5), ('PART_TIME', 2)],
    titles=[('Warehouse Operative', 1.0, None), ('Picker Packer - Nights', 1.05, None),
            ('Warehouse Associate', 1.0, ['US']), ('Forklift Driver (Counterbalance)', 1.15, None),
            ('Reach Truck Driver - Days', 1.15, ['GB', 'IE', 'NL']), ('Goods In Operative', 1.0, ['GB', 'IE']),
            ('Magazijnmedewerker / Warehouse Worker', 1.0, ['NL']), ('Lagermitarbeiter (m/w/d) / Warehouse Worker', 1.0, ['DE']),
            ('Seasonal Warehouse Operative - Peak', 1.0, None), ('Material Handler', 1.0, ['US'])],
    intro=[
        "We're looking for hard-working {title}s to join our team at our {city} distribution centre.",
        "As a {title} you'll pick, pack and dispatch customer orders accurately and safely.",
        "Peak season is coming and we need extra people on every shift.",
        "This is an active role - you'll be on your feet and walking up to 15 km a shift.",
        "Whether you're looking for temporary work or a long-term career, we want to hear from you.",
    ],
    resp=[
        "Pick orders accurately using a handheld scanner.",
        "Pack goods securely using the right packaging for each item.",
        "Receive deliveries and check them against paperwork.",
        "Check goods for damage and report any issues.",
        "Load and unload vehicles safely.",
        "Stack and wrap pallets ready for dispatch.",
        "Put stock away in the right location on the warehouse management system.",
        "Carry out stock counts and replenishment tasks.",
        "Keep the warehouse clean, tidy and safe.",
        "Operate forklift or reach trucks (licensed operators only).",
        "Handle returns and process them on the system.",
        "Follow instructions from team leaders and work to daily targets.",
    ],
    req=[
        "Able to lift heavy items and stand or walk for long periods.",
        "Good attention to detail when picking and packing.",
        "Willingness to work shifts, including weekends and nights.",
        "Basic English to follow safety instructions.",
        "Able to use a handheld scanner (we'll show you how).",
        "A valid counterbalance or reach truck licence (for forklift roles).",
    ],
    nice=[
        "Previous warehouse or logistics experience.",
        "Experience with a warehouse management system such as SAP EWM or Manhattan.",
        "A forklift licence.",
        "Experience with RF scanning.",
    ],
    neg=["No prior experience needed.", "A forklift licence is not required - we'll train the right people.",
         "No SAP experience required."],
    extra=[
        "Shifts: days 06:00-14:00, lates 14:00-22:00, nights 22:00-06:00, Monday to Friday with optional weekend overtime.",
        "Temporary roles run until January, with many of our best temps offered permanent contracts.",
        "Our site has a subsidised canteen, free parking and a shuttle bus from the train station for every shift.",
    ],
    tags=['order picking', 'packing', 'forklift', 'reach truck', 'RF scanner', 'warehouse management system',
          'SAP', 'stock control', 'manual handling'],
    short=[
        "{title}s wanted - {city}. Immediate starts, weekly pay, all shifts available. No experience needed.",
        "Nights {title}, {city}. Picking and packing, 4 on 4 off. Temp to perm.",
        "{company} is hiring {title}s for peak. Days, lates and nights. Apply today, start Monday.",
    ],
)

OCC['cargo_vehicle_driver'] = dict(
    esco='cargo vehicle driver', uri='http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4',
    onet='53-3032.00', sector='logistics', pay=('HOUR', 16.00, 19.50), us_mult=1.5,
    emp=[('FULL_TIME', 7), ('TEMPORARY', 2), ('CONTRACTOR', 1)],
    titles=[('HGV Class 1 Driver', 1.0, ['GB']), ('HGV Class 2 Driver - Multidrop', 0.9, ['GB']),
            ('CDL-A Truck Driver - Regional', 1.0, ['US']), ('Class A CDL Driver - Home Daily', 1.0, ['US']),
            ('C+E Driver', 1.0, ['IE', 'NL']), ('LKW-Fahrer (m/w/d) CE / HGV Driver', 1.0, ['DE']),
            ('Night Trunk Driver (C+E)', 1.1, ['GB', 'IE']), ('Chauffeur CE / Truck Driver', 1.0, ['NL']),
            ('7.5 Tonne Delivery Driver', 0.8, ['GB'])],
    intro=[
        "We're looking for experienced {title}s to join our growing fleet based in {city}.",
        "As a {title} you'll deliver to stores and customers across the region in a modern, well-maintained vehicle.",
        "Our drivers are the face of our business - professional, safe and friendly.",
        "We offer regular, planned routes so you know where you're going and when you'll be home.",
    ],
    resp=[
        "Drive safely and legally, following road traffic laws and drivers' hours rules.",
        "Carry out daily walk-around vehicle checks and report defects.",
        "Supervise loading and unloading and make sure loads are secure.",
        "Deliver goods on time and get proof of delivery on the handheld device.",
        "Plan your route with the help of our GPS and telematics system.",
        "Keep in touch with the transport office using the in-cab communication device.",
        "Deal with customers politely and professionally.",
        "Handle delivery paperwork and tachograph records accurately.",
        "Anticipate problems on the road and report delays quickly.",
        "Keep your cab clean and tidy.",
    ],
    req=[
        ("A valid Class 1 (C+E) licence with no more than 6 points.", ["GB", "IE"]),
        ("A valid CE licence and code 95.", ["NL", "DE"]),
        ("A valid CDL Class A licence and a clean MVR.", ["US"]),
        ("A current DOT medical card.", ["US"]),
        ("A current Driver CPC and digital tachograph card.", ["GB", "IE", "NL", "DE"]),
        "At least one year's experience driving commercially.",
        "Good knowledge of road transport legislation and drivers' hours.",
        ("Knowledge of FMCSA hours-of-service rules and ELD use.", ["US"]),
        "Good physical fitness for handling cages and pallets.",
        "Good communication skills.",
    ],
    nice=[
        "ADR certificate for dangerous goods.",
        "Experience with chilled or temperature-controlled loads.",
        "Experience with moffett or tail-lift deliveries.",
        "Experience of European driving.",
    ],
    neg=["No multidrop experience needed.", "You don't need to load your own trailer - our warehouse team does that."],
    extra=[
        "Shifts: four on, four off, 12 hours, starting between 18:00 and 20:00. Overtime is available but never compulsory.",
        "Our fleet is less than three years old, fully equipped with automatic gearboxes, fridges and sleeper cabs.",
        "We pay for your Driver CPC training and medicals.",
    ],
    tags=['Class 1 licence', 'CDL Class A', 'Driver CPC', 'tachograph', 'ADR', 'route planning', 'GPS'],
    short=[
        "{title} - {city}. Days or nights, 4 on 4 off. Class 1 licence and CPC essential. Paid weekly.",
        "{title} needed immediately. Clean licence, 1 year experience. Home every night.",
    ],
)

OCC['logistics_manager'] = dict(
    esco='logistics and distribution manager', uri='http://data.europa.eu/esco/occupation/823db06f-25e1-4658-b063-d6ef956b41f5',
    onet='11-3071.00', sector='logistics', pay=('YEAR', 45000, 62000), us_mult=1.55,
    emp=[('FULL_TIME', 10)],
    titles=[('Logistics Manager', 1.0, None), ('Distribution Centre Manager', 1.2, None),
            ('Transport Manager (CPC Holder)', 0.95, ['GB', 'IE']), ('Supply Chain & Logistics Manager', 1.1, None),
            ('Operations Manager - Logistics', 1.0, None), ('Logistics Team Lead', 0.85, ['NL', 'DE'])],
    intro=[
        "We're looking for a {title} to run our distribution operation safely, efficiently and to budget.",
        "As {title} you'll lead a team of 120 colleagues across warehouse and transport.",
        "This is a senior, hands-on role where you'll balance day-to-day operations with long-term improvement.",
        "You'll report to the Head of Supply Chain and work closely with purchasing, customer service and finance.",
    ],
    resp=[
        "Lead warehouse and transport operations, including inbound, storage and dispatch.",
        "Manage and develop supervisors and team leaders.",
        "Liaise with hauliers, freight forwarders and customers.",
        "Analyse KPIs and drive continuous improvement.",
        "Manage the operating budget and control costs.",
        "Keep the site audit-ready and compliant with health and safety law.",
        "Plan fleet capacity and maintenance.",
        "Manage the transport management system and dispatch software.",
        "Lead emergency planning and business continuity exercises.",
        "Develop plans to improve efficiency across the supply chain.",
    ],
    req=[
        "Experience managing logistics or distribution operations.",
        "Strong people leadership skills.",
        "Good knowledge of health and safety and transport regulations.",
        "Experience with a WMS or TMS.",
        "Commercial awareness and budget management experience.",
        "Strong Microsoft Excel skills.",
        "Experience of lean or continuous improvement.",
    ],
    nice=[
        ("Transport Manager CPC.", ["GB", "IE"]),
        "Experience with SAP or Microsoft Dynamics.",
        "A degree or CILT qualification in logistics or supply chain.",
        "Experience with customs and international shipping.",
    ],
    neg=["No CPC required for this role."],
    extra=[
        "The site runs 24/5 with a weekend maintenance window. You'll work days with a share of the on-call rota.",
    ],
    tags=['logistics', 'supply chain management', 'WMS', 'TMS', 'SAP', 'Microsoft Excel', 'budget management', 'lean'],
    short=[
        "{title}, {city}. Lead warehouse and transport teams. Logistics management experience essential.",
    ],
)

OCC['accountant'] = dict(
    esco='accountant', uri='http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897',
    onet='13-2011.00', sector='finance', pay=('YEAR', 40000, 56000), us_mult=1.55,
    emp=[('FULL_TIME', 9), ('PART_TIME', 1), ('TEMPORARY', 1)],
    titles=[('Management Accountant', 1.0, None), ('Financial Accountant', 1.0, None),
            ('Senior Accountant', 1.2, None), ('Newly Qualified Accountant (ACA/ACCA)', 0.95, ['GB', 'IE']),
            ('Staff Accountant', 0.9, ['US']), ('Accountant - Practice', 0.95, None),
            ('Group Accountant', 1.15, None), ('CPA - Senior Accountant', 1.25, ['US'])],
    intro=[
        "We're looking for a {title} to join our finance team and own month-end reporting.",
        "As {title} you'll produce accurate accounts, help the business understand its numbers and keep us compliant.",
        "This is a broad role, ideal for a qualified or part-qualified accountant who wants real exposure to the business.",
        "You'll report to the Financial Controller and work with budget holders across the group.",
    ],
    resp=[
        "Prepare monthly management accounts and variance analysis.",
        "Prepare year-end financial statements and support the external audit.",
        "Reconcile balance sheet accounts and resolve differences.",
        "Manage accruals, prepayments and fixed-asset depreciation.",
        ("Prepare VAT returns and support corporation tax computations.", ["GB", "IE", "DE", "NL"]),
        ("Prepare sales and use tax filings and support the income tax provision.", ["US"]),
        "Help prepare the annual budget and quarterly forecasts.",
        "Review journals and check accounting records for errors.",
        "Improve finance processes and controls.",
        "Explain the numbers to non-finance managers.",
        "Make sure we comply with accounting standards and statutory obligations.",
        "Manage intercompany transactions and consolidations.",
    ],
    req=[
        ("ACA, ACCA or CIMA qualified (or finalist).", ["GB", "IE", "DE", "NL"]),
        ("CPA licensed or CPA-eligible.", ["US"]),
        "Experience preparing management accounts and financial statements.",
        "Strong Microsoft Excel skills.",
        ("Knowledge of IFRS or UK GAAP.", ["GB", "IE"]),
        ("Knowledge of IFRS and local GAAP (HGB or Dutch GAAP).", ["DE", "NL"]),
        ("Solid knowledge of US GAAP.", ["US"]),
        "Experience with an ERP system such as SAP, Oracle or Microsoft Dynamics.",
        "A sound understanding of tax legislation.",
        "Great attention to detail and accuracy.",
    ],
    nice=[
        "Experience with Power BI.",
        "Experience in manufacturing or multi-entity groups.",
        ("Knowledge of US GAAP.", ["GB", "IE", "DE", "NL"]),
        "Experience with Xero or Sage.",
        "Experience of a system implementation.",
    ],
    neg=["No Big Four experience required.", "You don't need to be fully qualified yet - study support available."],
    extra=[
        "Month-end is a five-day close and we're working to bring it down to three. You'll be key to that.",
        "We're a team of eight, supportive and sociable, with a finance lunch every month-end.",
    ],
    tags=['management accounts', 'financial statements', 'IFRS', 'UK GAAP', 'Microsoft Excel', 'SAP', 'Oracle',
          'Microsoft Dynamics', 'VAT', 'Xero', 'Sage', 'Power BI'],
    short=[
        "{title} - {city}. ACA/ACCA/CIMA, month-end and year-end, Excel. Hybrid working.",
    ],
)

OCC['financial_analyst'] = dict(
    esco='financial analyst', uri='http://data.europa.eu/esco/occupation/8d586ee9-0ab1-4155-a3b0-2ca786c8e48c',
    onet='13-2051.00', sector='finance', pay=('YEAR', 42000, 60000), us_mult=1.65,
    emp=[('FULL_TIME', 10), ('CONTRACTOR', 1)],
    titles=[('Financial Analyst', 1.0, None), ('FP&A Analyst', 1.0, None), ('Senior Financial Analyst', 1.25, None),
            ('Commercial Finance Analyst', 1.0, ['GB', 'IE']), ('Investment Analyst', 1.15, None),
            ('Financial Planning Analyst', 1.0, ['US'])],
    intro=[
        "We're looking for a {title} to help the leadership team understand performance and plan ahead.",
        "As {title} you'll build forecasts, models and reports that shape real decisions.",
        "This role is part of our FP&A team and works closely with commercial and operational leaders.",
        "You'll be the numbers person in the room, and you'll be comfortable challenging assumptions.",
    ],
    resp=[
        "Build and maintain financial models and forecasts.",
        "Analyse business performance and explain variances.",
        "Prepare monthly reporting packs for the board.",
        "Support the annual budget and reforecast cycles.",
        "Carry out investment appraisals and cost-benefit analysis.",
        "Research markets, competitors and economic trends.",
        "Analyse financial risk and recommend actions.",
        "Improve reporting tools and automate manual work.",
        "Interpret financial statements of customers and suppliers.",
    ],
    req=[
        "A degree in finance, economics, accounting or a related subject.",
        "Advanced Excel and financial modelling skills.",
        "Experience in FP&A or a similar analytical finance role.",
        "A good understanding of financial statements.",
        "Strong analytical and problem-solving skills.",
        "Experience with Power BI, Tableau or similar tools.",
        "Clear communication with non-finance colleagues.",
    ],
    nice=[
        "CFA, ACCA or CIMA (qualified or studying).",
        "Experience with Anaplan, Adaptive Insights or Hyperion.",
        "Experience with SQL or VBA.",
        "Knowledge of M&A or valuation.",
    ],
    neg=["No CFA required.", "You don't need sector experience."],
    extra=[
        "Our planning cycle: a budget in the autumn and rolling forecasts every quarter, built in Anaplan and reported in Power BI.",
    ],
    tags=['financial modelling', 'forecasting', 'Microsoft Excel', 'Power BI', 'Tableau', 'SQL', 'VBA', 'FP&A'],
    short=[
        "{title} - {city}. FP&A, modelling, advanced Excel. 12-month contract, hybrid.",
    ],
)

OCC['bookkeeper'] = dict(
    esco='bookkeeper', uri='http://data.europa.eu/esco/occupation/c3aae59e-1441-4b3e-bdd1-6da50dc7cf42',
    onet='43-3031.00', sector='finance', pay=('YEAR', 24000, 31000), us_mult=1.5,
    emp=[('PART_TIME', 5), ('FULL_TIME', 5)],
    titles=[('Bookkeeper', 1.0, None), ('Part-Time Bookkeeper', 1.0, None), ('Accounts Assistant', 0.9, None),
            ('Bookkeeper / Payroll Administrator', 1.05, None), ('Purchase Ledger Clerk', 0.85, ['GB', 'IE']),
            ('Full Charge Bookkeeper', 1.1, ['US'])],
    intro=[
        "We're looking for an organised {title} to keep our books accurate and up to date.",
        "As {title} you'll look after the day-to-day finances for a portfolio of small-business clients.",
        "This is a varied role covering sales and purchase ledgers, bank reconciliations and payroll.",
        "You'll work closely with our accountants and be the first point of contact for clients' bookkeeping questions.",
    ],
    resp=[
        "Process purchase and sales invoices.",
        ("Keep accounts in line with Dutch or German bookkeeping rules (we'll help you with the local detail).", ["DE", "NL"]),
        "Reconcile bank accounts and credit cards.",
        "Maintain the general ledger and post journals.",
        ("Prepare VAT returns.", ["GB", "IE", "DE", "NL"]),
        ("Prepare sales tax filings and 1099s.", ["US"]),
        "Run weekly and monthly payroll.",
        "Chase overdue accounts receivable.",
        "Handle petty cash and expense claims.",
        "Prepare trial balances and support year-end.",
        "File and archive financial documents.",
        "Keep accurate financial records in line with bookkeeping regulations.",
    ],
    req=[
        "Experience in bookkeeping or an accounts role.",
        "Experience with Xero, Sage or QuickBooks.",
        "Good Excel skills.",
        ("Knowledge of VAT and payroll.", ["GB", "IE", "DE", "NL"]),
        ("Knowledge of payroll and sales tax.", ["US"]),
        "Accuracy and attention to detail.",
        ("AAT Level 3 or equivalent.", ["GB", "IE"]),
    ],
    nice=[
        ("AAT Level 4.", ["GB", "IE"]),
        "Experience in an accountancy practice.",
        "Experience with Dext or Hubdoc.",
        ("Experience with Making Tax Digital.", ["GB"]),
    ],
    neg=["No formal qualification needed if you have the experience."],
    extra=[
        "Hours are flexible - 20 to 30 hours a week, spread over three or four days to suit you.",
    ],
    tags=['bookkeeping', 'Xero', 'Sage', 'QuickBooks', 'VAT', 'payroll', 'bank reconciliation', 'Microsoft Excel'],
    short=[
        ("{title}, {city}. 20 hrs/week. Xero or Sage, VAT, bank recs. Flexible hours.", ["GB", "IE"]),
        ("{title}, {city}. 20-25 hrs/week. QuickBooks, payroll, bank reconciliations. Flexible schedule.", ["US"]),
        "Part-time {title} wanted for a friendly practice. QuickBooks and payroll experience essential.",
    ],
)

OCC['call_centre_agent'] = dict(
    esco='call centre agent', uri='http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19',
    onet='43-4051.00', sector='contact', pay=('HOUR', 11.60, 12.90), us_mult=1.45,
    emp=[('FULL_TIME', 6), ('PART_TIME', 3), ('TEMPORARY', 2)],
    titles=[('Customer Service Advisor', 1.0, None), ('Call Centre Agent - Inbound', 1.0, None),
            ('Customer Service Representative', 1.0, ['US']), ('Contact Centre Agent (German speaking)', 1.15, ['IE', 'NL']),
            ('Customer Support Agent - Chat & Phone', 1.0, None), ('Retention Advisor', 1.08, ['GB', 'IE']),
            ('Klantenservicemedewerker / Customer Service Agent', 1.0, ['NL'])],
    intro=[
        "We're looking for friendly {title}s to help our customers over the phone, chat and email.",
        "As a {title} you'll answer questions, solve problems and make sure every customer feels listened to.",
        "You'll join a supportive team with great training and real opportunities to progress.",
        "If you like helping people and you're a good listener, this could be the job for you.",
    ],
    resp=[
        "Answer inbound calls and chats from customers.",
        "Resolve billing, account and order queries first time wherever possible.",
        "Record every interaction accurately in our CRM (Salesforce).",
        "Take card payments securely.",
        "Escalate complex issues to the right team.",
        "Follow up with customers to make sure their problem is fixed.",
        "Handle complaints calmly and fairly.",
        "Meet quality and service targets.",
        "Identify opportunities to help customers save money or get more from their products.",
        "Switch between phone, chat and email as demand changes.",
    ],
    req=[
        "A friendly, helpful manner on the phone.",
        "Good computer skills and the ability to use several systems at once.",
        "Clear written English for chat and email.",
        "The ability to stay calm under pressure.",
        "Good listening skills.",
        "Availability to work a rota including some evenings and Saturdays.",
    ],
    nice=[
        "Previous call centre or customer service experience.",
        "Experience with Salesforce, Zendesk or Microsoft Dynamics.",
        "Experience in energy, telecoms or insurance.",
        "A second European language.",
    ],
    neg=["No prior experience needed - full paid training provided.", "No sales targets."],
    extra=[
        "Training is a paid four-week classroom course followed by two weeks of 'nesting' with a buddy beside you.",
        "Shifts are between 8am and 8pm Monday to Friday and 9am to 5pm Saturday, with your rota published six weeks ahead.",
    ],
    tags=['customer service', 'Salesforce', 'Zendesk', 'CRM', 'complaint handling', 'telephone communication'],
    short=[
        "{title}s - {city}. Full training, no experience needed. Monday to Friday options available.",
        "Temp {title}s needed for winter. Inbound calls, no sales. Weekly pay.",
    ],
)

OCC['human_resources_officer'] = dict(
    esco='human resources officer', uri='http://data.europa.eu/esco/occupation/d3e32e5e-7f24-48e3-b939-e4f800eb62fb',
    onet='13-1071.00', sector='corporate', pay=('YEAR', 30000, 38000), us_mult=1.6,
    emp=[('FULL_TIME', 8), ('PART_TIME', 2), ('TEMPORARY', 1)],
    titles=[('HR Officer', 1.0, None), ('HR Advisor', 1.05, None), ('HR Generalist', 1.05, ['US', 'NL', 'DE']),
            ('People Partner', 1.2, None), ('Recruitment & HR Coordinator', 0.9, None),
            ('HR Specialist - Employee Relations', 1.15, ['US']), ('HR Administrator', 0.8, ['GB', 'IE'])],
    intro=[
        "We're looking for an {title} to support managers and colleagues across the employee life cycle.",
        "As {title} you'll handle everything from recruitment to employee relations, with a practical, people-first approach.",
        "This is a generalist role in a small, friendly HR team of four.",
        "You'll be the first point of contact for HR questions for around 400 colleagues.",
    ],
    resp=[
        "Manage recruitment campaigns, from job adverts to offers.",
        "Interview candidates alongside hiring managers.",
        "Advise managers on absence, performance and disciplinary issues.",
        "Keep HR policies up to date with employment law.",
        "Prepare contracts and negotiate terms with new starters.",
        "Maintain accurate employee records in our HRIS (Workday).",
        "Provide monthly payroll changes to the payroll team.",
        "Organise training and onboarding.",
        "Handle sensitive information with complete confidentiality.",
        "Produce HR reports and metrics.",
        "Support employee engagement and wellbeing initiatives.",
    ],
    req=[
        "Experience in a generalist HR role.",
        "Good working knowledge of employment law.",
        ("CIPD Level 5 (or working towards it).", ["GB", "IE"]),
        ("SHRM-CP or PHR certification.", ["US"]),
        "Experience with an HRIS such as Workday, BambooHR or SAP SuccessFactors.",
        "Excellent interpersonal and communication skills.",
        "The ability to handle confidential information discreetly.",
        "Good Microsoft Excel and Word skills.",
    ],
    nice=[
        "Experience of TUPE or restructures.",
        "Experience with applicant tracking systems such as Greenhouse.",
        "Experience of payroll.",
        "Knowledge of Irish or Dutch employment law.",
    ],
    neg=["CIPD not essential if you have solid experience."],
    extra=[
        "We're a hybrid team: two days a week in our {city} office and the rest at home.",
    ],
    tags=['recruitment', 'employment law', 'employee relations', 'Workday', 'HRIS', 'CIPD', 'payroll',
          'Microsoft Excel', 'generative AI'],
    short=[
        "{title} - {city}. Generalist HR, ER casework, recruitment. CIPD desirable. Hybrid.",
    ],
)

OCC['marketing_manager'] = dict(
    esco='marketing manager', uri='http://data.europa.eu/esco/occupation/6fcf4638-e7c7-4978-9302-9a7b63a3d57c',
    onet='11-2021.00', sector='corporate', pay=('YEAR', 48000, 68000), us_mult=1.7,
    emp=[('FULL_TIME', 10), ('CONTRACTOR', 1)],
    titles=[('Marketing Manager', 1.0, None), ('Senior Marketing Manager - Brand', 1.25, None),
            ('Digital Marketing Manager', 1.0, None), ('Product Marketing Manager', 1.1, None),
            ('Head of Marketing', 1.5, None), ('Growth Marketing Manager', 1.1, ['US', 'NL', 'DE'])],
    intro=[
        "We're looking for a {title} to plan and deliver campaigns that grow our brand and our sales.",
        "As {title} you'll own our marketing plan and budget and lead a small, talented team.",
        "This is a great opportunity for a commercially minded marketer who loves both creativity and data.",
        "You'll work closely with sales, product and our external agencies.",
    ],
    resp=[
        "Develop and deliver the annual marketing plan.",
        "Manage the marketing budget and measure return on investment.",
        "Plan and run integrated campaigns across digital, social, email and print.",
        "Conduct market research and analyse customer buying trends.",
        "Set pricing and promotional strategy with the commercial team.",
        "Track KPIs and report performance to the leadership team.",
        "Manage agencies and freelancers.",
        "Lead brand development and keep our tone of voice consistent.",
        "Identify new markets and customer segments.",
        "Oversee content marketing and SEO.",
        "Line-manage two marketing executives.",
    ],
    req=[
        "Several years' experience in marketing, with budget responsibility.",
        "A strong track record of successful campaigns.",
        "Experience with Google Analytics and paid media.",
        "Experience with marketing automation tools such as HubSpot or Marketo.",
        "Excellent writing skills.",
        "Strong analytical skills and comfort with data.",
        "Experience managing people or agencies.",
    ],
    nice=[
        "CIM qualification.",
        "Experience in FMCG or consumer brands.",
        "Experience with Salesforce Marketing Cloud.",
        "Knowledge of Adobe Creative Cloud or Canva.",
        "Experience launching products in new markets.",
    ],
    neg=["No agency background required."],
    extra=[
        "Our marketing budget for 2027 is up 30% and we're investing heavily in brand, content and retail partnerships.",
    ],
    tags=['marketing strategy', 'Google Analytics', 'HubSpot', 'Marketo', 'SEO', 'content marketing',
          'market research', 'budget management', 'Salesforce', 'generative AI'],
    short=[
        "{title} - {city}. Own the plan, the budget and the results. B2C experience essential.",
    ],
)

OCC['cook'] = dict(
    esco='cook', uri='http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
    onet='35-2014.00', sector='hospitality', pay=('HOUR', 12.00, 14.50), us_mult=1.45,
    emp=[('FULL_TIME', 7), ('PART_TIME', 3)],
    titles=[('Chef de Partie', 1.1, None), ('Commis Chef', 0.9, None), ('Line Cook', 1.0, ['US']),
            ('Breakfast Cook', 0.95, None), ('Sous Chef', 1.3, None), ('Cook - Care Home Kitchen', 1.0, ['GB', 'IE']),
            ('Prep Cook', 0.9, ['US']), ('Koch (m/w/d) / Cook', 1.0, ['DE']), ('Kok / Cook', 1.0, ['NL'])],
    intro=[
        "We're looking for a passionate {title} to join our kitchen brigade.",
        "As {title} you'll prepare fresh, seasonal dishes to a consistently high standard.",
        "Our kitchen is calm, organised and respectful - no shouting, just good food.",
        "This is a great role for a cook who wants to learn and grow with a respected team.",
    ],
    resp=[
        "Prepare and cook dishes to our recipes and presentation standards.",
        "Run your section during busy services.",
        "Follow food safety and hygiene procedures at all times.",
        "Check deliveries and store raw ingredients correctly.",
        "Keep fridges and freezers at the correct temperature and record checks.",
        "Keep your section clean and hand it over properly at the end of the shift.",
        "Order supplies and help control waste and costs.",
        "Prepare stocks, sauces and desserts from scratch.",
        "Cater for allergies and special diets.",
        "Help train commis chefs and kitchen porters.",
    ],
    req=[
        "Experience in a professional kitchen.",
        ("Level 2 Food Hygiene certificate.", ["GB", "IE"]),
        ("A current ServSafe Food Handler card.", ["US"]),
        ("HACCP knowledge and a valid Gesundheitszeugnis (health certificate).", ["DE"]),
        "Good knife skills and cooking techniques.",
        "Knowledge of allergen management.",
        "The ability to work well under pressure.",
        "Flexibility to work evenings and weekends.",
    ],
    nice=[
        "A culinary qualification (NVQ Level 2/3 or equivalent).",
        "Experience in a fresh-food or rosette kitchen.",
        "Pastry experience.",
        "Experience cooking for large events.",
    ],
    neg=["No formal qualifications needed - attitude matters more."],
    extra=[
        "We work a four-day week, 45 hours, with two consecutive days off and no split shifts.",
    ],
    tags=['food preparation', 'food safety', 'food hygiene', 'allergen management', 'knife skills'],
    short=[
        "{title} - {city}. Fresh food, straight shifts, tips. Apply with CV.",
        "{title} needed ASAP at {company}. 40 hours, 4 days. Great team.",
    ],
)

# Employers other than the occupation's home sector
COMPANY_SECTORS = {
    'human_resources_officer': ['corporate', 'retail', 'logistics', 'finance'],
    'ict_project_manager': ['tech', 'corporate', 'finance'],
    'data_analyst': ['tech', 'retail', 'finance', 'corporate'],
    'accountant': ['finance', 'corporate'],
    'financial_analyst': ['finance', 'corporate', 'tech'],
    'cook': ['hospitality', 'hospitality', 'hospitality', 'health', 'care'],
    'database_administrator': ['tech', 'finance'],
    'ict_security_engineer': ['tech', 'finance', 'health'],
    'ict_network_administrator': ['tech', 'corporate', 'health', 'logistics'],
    'marketing_manager': ['corporate', 'retail', 'tech'],
    'logistics_manager': ['logistics', 'retail'],
}
COUNTRY_MULT = {'GB': 1.0, 'IE': 1.2, 'DE': 1.12, 'NL': 1.12}
COUNTRY_NAME = {'GB': 'the UK', 'IE': 'Ireland', 'DE': 'Germany', 'NL': 'the Netherlands', 'US': 'the US'}
EMP_HUMAN = {'FULL_TIME': 'Full-time', 'PART_TIME': 'Part-time', 'CONTRACTOR': 'Contract',
             'TEMPORARY': 'Temporary', 'PER_DIEM': 'Per diem'}

HEADINGS = {
    'about': ["About us", "About {company}", "Who we are", "The company"],
    'role': ["The role", "About the role", "The opportunity", "The job"],
    'resp': ["Responsibilities", "What you'll do", "Key responsibilities", "Your day-to-day",
             "Main duties", "In this role you will"],
    'req': ["Requirements", "What we're looking for", "About you", "Essential skills and experience",
            "What you'll need", "You'll bring"],
    'nice': ["Nice to have", "Desirable", "Bonus points", "It would be great if you also have",
             "Preferred qualifications"],
    'ben': ["Benefits", "What we offer", "Why join us?", "Perks & benefits", "What's in it for you",
            "The package"],
    'extra': ["How we work", "The team", "Good to know", "A bit more detail"],
    'apply': ["How to apply", "Next steps", "Interested?"],
}
GENERIC_NEG_SECTORS = [
    (NEGATIONS_GENERIC[0], {'retail', 'logistics', 'care', 'contact', 'hospitality'}),
    (NEGATIONS_GENERIC[1], {'retail', 'logistics', 'finance', 'contact', 'corporate'}),
    (NEGATIONS_GENERIC[2], {'tech', 'retail', 'logistics', 'care', 'contact', 'hospitality', 'corporate', 'finance'}),
    (NEGATIONS_GENERIC[3], {'tech', 'retail', 'finance', 'contact', 'hospitality', 'corporate', 'health'}),
    (NEGATIONS_GENERIC[4], {'tech', 'retail', 'logistics', 'finance', 'contact', 'hospitality', 'corporate', 'care'}),
]
ENTRY_LEVEL_NEG_EXCLUDE = {'cargo_vehicle_driver', 'care_at_home_worker'}  # driving licence needed


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def for_country(bank, country, stack=None):
    """Bank items valid for a country and technology stack.
    Items are plain strings, (text, [countries]) tuples, and/or prefixed "[stack] "."""
    out = []
    for it in bank:
        if isinstance(it, tuple):
            if country not in it[1]:
                continue
            it = it[0]
        m = re.match(r'\[(\w+)\] ', it)
        if m:
            if m.group(1) != stack:
                continue
            it = it[m.end():]
        out.append(it)
    return out


def stable_index(s, n):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2147483647
    return h % n


def short_title(title):
    t = title
    if ' / ' in t:
        t = t.split(' / ')[-1]
    t = re.sub(r'\s*\(m/w/d\)', '', t)
    t = re.split(r' [-\u2013] ', t)[0]
    t = re.sub(r'\s*\([^)]*\)', '', t)
    t = t.replace(' & ', ' and ')
    return t.strip()


def plural(t):
    if t.endswith('s'):
        return t
    if t.endswith('y') and not t.endswith('ey'):
        return t[:-1] + 'ies'
    return t + 's'


def article(a, word):
    vowel = word[:1] in 'AEIOUaeiou' or re.match(r'(HR|HGV|RN|FP&A|LKW)\b', word) is not None
    art = 'an' if vowel else 'a'
    return art.capitalize() if a.isupper() else art


def fill(s, ctx):
    st = ctx['short_title']
    s = s.replace('{title}s', plural(st))
    s = re.sub(r'\b([Aa])n? \{title\}', lambda m: article(m.group(1), st) + ' ' + st, s)
    s = s.replace('{title}', st)
    s = s.replace('{company}', ctx['company']).replace('{city}', ctx['city']).replace(
        '{country_name}', ctx['country_name'])
    return re.sub(r"s's\b", "s'", s)


def lc_first(s):
    w = s.split(' ', 1)[0]
    if len(w) > 1 and (w.isupper() or any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in w[1:])):
        return s
    return s[:1].lower() + s[1:]


# ---------------------------------------------------------------------------
# Salary
# ---------------------------------------------------------------------------
def fmt_int(v, country):
    s = f"{int(round(v)):,}"
    return s.replace(',', '.') if country in ('DE', 'NL') else s


def fmt_hour(v, country):
    if country in ('DE', 'NL'):
        return f"{v:.2f}".replace('.', ',')
    if country == 'US' and abs(v - round(v)) < 1e-9:
        return f"{int(round(v))}"
    return f"{v:.2f}"


def make_salary(rng, occ, country, factor, sector):
    if country == 'US':
        if 'us_pay' in occ:
            unit, lo, hi = occ['us_pay']
        else:
            unit, lo, hi = occ['pay']
            lo, hi = lo * occ['us_mult'], hi * occ['us_mult']
    else:
        unit, lo, hi = occ['pay']
        m = COUNTRY_MULT[country]
        lo, hi = lo * m, hi * m
    j = rng.uniform(0.95, 1.05)
    lo, hi = lo * factor * j, hi * factor * j
    if country == 'NL' and unit == 'YEAR' and rng.random() < 0.5:
        unit, lo, hi = 'MONTH', lo / 12.96, hi / 12.96
    if unit == 'YEAR':
        step = 1000 if lo >= 30000 else 500
        lo, hi = int(round(lo / step) * step), int(round(hi / step) * step)
        if hi <= lo:
            hi = lo + step
    elif unit == 'MONTH':
        lo, hi = int(round(lo / 50) * 50), int(round(hi / 50) * 50)
        if hi <= lo:
            hi = lo + 100
    else:
        lo, hi = round(round(lo * 20) / 20, 2), round(round(hi * 20) / 20, 2)
        if country == 'US' and rng.random() < 0.3:
            lo, hi = float(round(lo)), float(round(hi))
        if hi <= lo:
            hi = round(lo + 0.5, 2)
        if rng.random() < 0.18:
            lo = hi
    sal = dict(currency=CURRENCY[country], min=lo, max=hi, unit=unit)
    sal['text'] = salary_text(rng, sal, country, sector)
    return sal


def salary_text(rng, sal, country, sector):
    r = rng.random()
    if r < 0.06:
        return ''
    if r < 0.10:
        return rng.choice(['Competitive', 'Competitive + benefits', 'DOE', 'Negotiable'])
    lo, hi, unit = sal['min'], sal['max'], sal['unit']
    sym = {'GBP': '\u00a3', 'EUR': '\u20ac', 'USD': '$'}[sal['currency']]
    if unit in ('YEAR', 'MONTH'):
        L, H = fmt_int(lo, country), fmt_int(hi, country)
        lk, hk = f"{lo / 1000:g}", f"{hi / 1000:g}"
    else:
        L, H = fmt_hour(lo, country), fmt_hour(hi, country)
    if unit == 'YEAR':
        opts = {
            'GB': [f"\u00a3{L} - \u00a3{H} per annum", f"\u00a3{L} to \u00a3{H} DOE", f"\u00a3{lk}k\u2013\u00a3{hk}k + bonus",
                   f"Up to \u00a3{H} per year", f"\u00a3{L} - \u00a3{H} + benefits"],
            'IE': [f"\u20ac{L} - \u20ac{H} per annum", f"EUR {lk}k\u2013{hk}k", f"\u20ac{lk}k - \u20ac{hk}k DOE"],
            'DE': [f"EUR {lk}k\u2013{hk}k", f"{L} \u20ac \u2013 {H} \u20ac brutto/Jahr", f"\u20ac{L} - \u20ac{H} p.a."],
            'NL': [f"EUR {lk}k\u2013{hk}k", f"\u20ac{L} - \u20ac{H} per year"],
            'US': [f"${L} - ${H} a year", f"${L}-${H} per year plus benefits"] +
                  ([f"${lk}K\u2013${hk}K + equity"] if sector == 'tech' else []),
        }[country]
    elif unit == 'MONTH':
        opts = [f"\u20ac{L} - \u20ac{H} bruto per maand", f"EUR {L}-{H} gross per month"]
    else:
        if lo == hi:
            opts = {'GB': [f"\u00a3{H} per hour"], 'IE': [f"\u20ac{H} per hour"], 'DE': [f"{H} \u20ac pro Stunde"],
                    'NL': [f"\u20ac{H} bruto per uur"], 'US': [f"${H}/hour"]}[country]
        else:
            opts = {
                'GB': [f"\u00a3{L} - \u00a3{H} per hour", f"\u00a3{L}/hr plus enhancements", f"Up to \u00a3{H} per hour",
                       f"\u00a3{L} - \u00a3{H} p/h"],
                'IE': [f"\u20ac{L} - \u20ac{H} per hour", f"\u20ac{L} per hour rising to \u20ac{H}"],
                'DE': [f"{L} \u20ac - {H} \u20ac pro Stunde", f"ab {L} \u20ac/Std."],
                'NL': [f"\u20ac{L} - \u20ac{H} bruto per uur"],
                'US': [f"${L} - ${H} an hour", f"${L}/hour"],
            }[country]
    return rng.choice(opts)


# ---------------------------------------------------------------------------
# Postings
# ---------------------------------------------------------------------------
class Posting(object):
    pass


_company_cache = {}


def company_name(rng, sector, country, occ_key):
    bad = OCC_EXCLUDE_KINDS.get(occ_key, set())
    stem, kind, identity = rng.choice([c for c in COMPANIES[sector] if c[1] not in bad])
    key = (stem, country)
    if key not in _company_cache:
        if sector in NO_SUFFIX_SECTORS or '&' in stem or rng.random() < 0.3:
            _company_cache[key] = stem
        else:
            suf = rng.choice(COMPANY_SUFFIX[country])
            _company_cache[key] = (stem + ' ' + suf).strip()
    return _company_cache[key], identity


def pick_date(rng, week):
    off = wchoice(rng, [(0, 5), (1, 5), (2, 5), (3, 5), (4, 4), (5, 1), (6, 1)])
    return WEEK_START[week] + dt.timedelta(days=off)


def new_style(rng):
    return dict(
        hstyle=rng.choice(['plain', 'plain', 'colon', 'upper']),
        bullet=rng.choice(['- ', '- ', '* ', '\u2022 ']),
        light=rng.choice(['p', 'p', 'br']),
        rich_h=rng.choice(['h3', 'strong']),
        nbsp=rng.random() < 0.3,
        apos=rng.random() < 0.3,
        br=rng.random() < 0.35,
        div=rng.random() < 0.25,
        layout=rng.choice(['A', 'A', 'B', 'C']),
    )


def heading(rng, key, ctx, style):
    h = fill(rng.choice(HEADINGS[key]), ctx)
    if style['hstyle'] == 'colon' and not h.endswith('?'):
        h += ':'
    elif style['hstyle'] == 'upper':
        h = h.upper()
    return h


def new_posting(rng, occ_key, week, profile=None, trends=frozenset()):
    occ = OCC[occ_key]
    wi = WEEKS.index(week)
    while True:
        country = wchoice(rng, COUNTRY_WEIGHTS)
        titles = [t for t in occ['titles'] if t[2] is None or country in t[2]]
        if titles:
            break
    t = rng.choice(titles)
    title, factor = t[0], t[1]
    stack = t[3] if len(t) > 3 else (rng.choice(occ['stacks']) if occ.get('stacks') else None)
    if country == 'DE' and '(m/w/d)' not in title and rng.random() < 0.7:
        title = re.sub(r'^([^-\u2013(]+?)(\s*[-\u2013(].*)?$', lambda m: m.group(1) + ' (m/w/d)' + (m.group(2) or ''), title)
    if ' - ' in title and rng.random() < 0.5:
        title = title.replace(' - ', ' \u2013 ')
    city, region = rng.choice(LOCATIONS[country])
    csector = rng.choice(COMPANY_SECTORS.get(occ_key, [occ['sector']]))
    p = Posting()
    p.occ = occ_key
    p.stack = stack
    p.week = week
    p.lang = 'en'
    p.title = title
    p.company, p.identity = company_name(rng, csector, country, occ_key)
    p.company_sector = csector
    p.city, p.region, p.country = city, region, country
    p.emp = wchoice(rng, occ['emp'])
    p.salary = make_salary(rng, occ, country, factor, occ['sector'])
    p.has_code = rng.random() < 0.6
    p.onet = occ['onet']
    p.remote = occ['sector'] == 'tech' and rng.random() < 0.2
    p.jsonld_extras = rng.random() < 0.35
    p.style = new_style(rng)
    p.forced_trends = trends
    p.trends = []
    p.negation = None
    p.ambiguous = None
    if profile is None:
        r = rng.random()
        profile = 'short' if r < 0.08 else ('long' if r < 0.20 else 'medium')
    p.profile = profile
    build_blocks(rng, p, wi)
    return p


def choose_trends(rng, p, wi):
    out = []
    for tkey in ['kubernetes', 'generative-ai', 'infection-control', 'jquery', 'hadoop']:
        plan = TREND_PLAN[tkey]
        if tkey in p.forced_trends:
            bank = TREND_PHRASES[plan['bank'].get(p.occ, tkey)]
            out.append((tkey,) + rng.choice(bank))
    return out


def choose_negation(rng, p):
    if rng.random() >= 0.3:
        return None
    occ = OCC[p.occ]
    sector = occ['sector']
    own = for_country(occ.get('neg', []), p.country, p.stack)
    if own and rng.random() < 0.7:
        return rng.choice(own)
    cands = [t for t, secs in GENERIC_NEG_SECTORS if sector in secs]
    if p.occ in ENTRY_LEVEL_NEG_EXCLUDE:
        cands = [t for t in cands if 'driving licence' not in t]
    if p.occ in ('nurse', 'pharmacy_technician', 'cargo_vehicle_driver'):
        cands = [t for t in cands if 'No prior experience' not in t]
    return rng.choice(cands) if cands else None


SOFT_CONCEPTS = ['reliab', 'punctual', 'calm', 'pressure', 'attention to detail', 'communicat', 'listen',
                 'team', 'organis', 'time management', 'patient', 'flexib', 'positive', 'relationships', 'explain']


def soft_for(occ):
    """Soft-skill lines that do not repeat something the occupation's requirements already say."""
    req_text = ' '.join(t if isinstance(t, str) else t[0] for t in occ['req']).lower()
    out = []
    for s in SOFT:
        cs = [c for c in SOFT_CONCEPTS if c in s.lower()]
        if not any(c in req_text for c in cs):
            out.append(s)
    return out


def decorate_req(rng, item):
    if ':' in item:
        return item
    r = rng.random()
    if r < 0.10:
        return 'Must have: ' + lc_first(item)
    if r < 0.20:
        return 'Essential: ' + lc_first(item)
    return item


def decorate_nice(rng, item):
    if ':' in item:
        return item
    r = rng.random()
    if r < 0.10:
        return 'Desirable: ' + lc_first(item)
    if r < 0.18:
        return 'Nice to have: ' + lc_first(item)
    if r < 0.28 and re.match(r'(Experience|Knowledge|Familiarity|Interest|A |An |Anything|Basic|Publications)', item):
        return 'Bonus if you have ' + lc_first(item)
    return item


def build_blocks(rng, p, wi):
    occ = OCC[p.occ]
    ctx = dict(company=p.company, city=p.city, short_title=short_title(p.title),
               country_name=COUNTRY_NAME[p.country])
    p.ctx = ctx
    trends = choose_trends(rng, p, wi)
    p.trends = [t[0] for t in trends]
    p.negation = choose_negation(rng, p)
    p.ambiguous = rng.choice(AMBIGUOUS) if rng.random() < 0.35 else None
    if p.profile == 'short':
        build_short(rng, p, occ, ctx, trends)
        return
    sector = occ['sector']
    def shuffled(bank):
        items = for_country(bank, p.country, p.stack)
        return [fill(x, ctx) for x in rng.sample(items, len(items))]
    layout = p.style['layout']
    pools = {
        'about': [fill(p.identity, ctx)] + shuffled(ABOUT_MORE[p.company_sector]),
        'intro': shuffled(occ['intro']),
        'resp': shuffled(occ['resp']),
        'req': [decorate_req(rng, x) for x in shuffled(occ['req'])],
        'nice': [x if layout == 'C' else decorate_nice(rng, x) for x in shuffled(occ['nice'])],
        'soft': rng.sample(soft_for(occ), 4),
        'ben': [fill(s, ctx) for s in rng.sample(BENEFITS_SECTOR[sector] + BENEFITS_COUNTRY[p.country] +
                                               rng.sample(BENEFITS_GENERIC, 3),
                                               len(BENEFITS_SECTOR[sector]) + len(BENEFITS_COUNTRY[p.country]) + 3)],
        'extra': shuffled(occ.get('extra', [])),
        'eeo': [fill(s, ctx) for s in rng.sample(EEO[p.country], len(EEO[p.country]))],
        'apply': [fill(s, ctx) for s in rng.sample(APPLY_LINES, len(APPLY_LINES))],
        'para': [fill(x, ctx) for x in rng.sample(SECTOR_PARAS[sector] + GENERIC_PARAS, len(SECTOR_PARAS[sector]) + len(GENERIC_PARAS))],
    }
    if p.salary['text'] and rng.random() < 0.4:
        sal_line = 'Salary: ' + p.salary['text']
    else:
        sal_line = None
    no_nice = rng.random() < 0.2
    state = {'about': 1, 'intro': 1, 'resp': 3, 'req': 3, 'nice': 0 if no_nice else 1, 'soft': 1, 'ben': 2,
             'extra': 0, 'eeo': 0, 'apply': 0, 'para': 0}
    caps = {'about': 4, 'intro': 3, 'resp': 14, 'req': 13, 'nice': 0 if no_nice else 7, 'soft': 4, 'ben': 12,
            'extra': 4, 'eeo': 3, 'apply': 3, 'para': 4}
    weights = {'resp': 3, 'req': 3, 'ben': 2, 'nice': 2, 'about': 1, 'intro': 1, 'extra': 1, 'soft': 0.7,
               'eeo': 0.5, 'apply': 0.5, 'para': 1.5 if p.profile == 'long' else 0.3}
    heads = {k: heading(rng, k, ctx, p.style) for k in HEADINGS}
    prot = {'resp': [], 'req': [], 'nice': [], 'para': []}
    for tkey, sec, text in trends:
        if sec == 'nice' and no_nice:
            sec = 'req'
        prot[sec].append(fill(text, ctx))
    neg_as_para = p.negation is not None and rng.random() < 0.5
    if p.negation and not neg_as_para:
        prot['req'].append(p.negation)
    tremote = None
    if p.remote:
        tremote = rng.choice(["This role is fully remote within {country_name}; we meet up in {city} once a quarter.",
                              "Remote-first: work from anywhere in {country_name}, with an optional desk in our {city} office."])
        tremote = fill(tremote, ctx)
    amb_pos = rng.choice(['intro', 'end']) if p.ambiguous else None

    def assemble():
        def take(k):
            return pools[k][:min(state[k], len(pools[k]))]
        def ins(lst, extra):
            lst = list(lst)
            for e in extra:
                lst.insert(rng_ins.randint(0, len(lst)), e)
            return lst
        rng_ins = random.Random(hash_seed(p))
        intro = ' '.join(take('intro'))
        if tremote:
            intro += ' ' + tremote
        if amb_pos == 'intro':
            intro += ' ' + p.ambiguous
        resp = ins(take('resp'), prot['resp'])
        req = ins(take('req') + take('soft'), prot['req'])
        nice = ins(take('nice'), prot['nice'])
        ben = take('ben')
        if sal_line:
            ben = [sal_line] + ben
        about = ' '.join(take('about'))
        blocks = []
        about_blk = [('h', heads['about']), ('p', about)]
        if layout == 'A':
            blocks += about_blk + [('h', heads['role']), ('p', intro)]
        else:
            blocks += [('p', intro)]
            if layout == 'C':
                blocks += [('p', about)]
        blocks += [('h', heads['resp']), ('ul', resp)]
        if layout == 'C' and nice:
            req = req + [n.rstrip('.') + ' (desirable).' if not n.endswith(')') else n + ' - desirable' for n in nice]
            nice = []
        blocks += [('h', heads['req']), ('ul', req)]
        if neg_as_para:
            blocks += [('p', p.negation)]
        if nice:
            blocks += [('h', heads['nice']), ('ul', nice)]
        for para in take('extra'):
            blocks += [('p', para)]
        paras = take('para')
        for para in paras[:1]:
            blocks += [('p', para)]
        if ben:
            blocks += [('h', heads['ben']), ('ul', ben)]
        for para in paras[1:]:
            blocks += [('p', para)]
        if layout == 'B':
            blocks += about_blk
        tail = take('eeo') + take('apply')
        if amb_pos == 'end':
            tail = [p.ambiguous] + tail
        if tail:
            blocks += [('p', ' '.join(tail))]
        return [b for b in blocks if b[1]]

    if p.profile == 'long':
        target = rng.randint(4400, 4950)
    else:
        target = int(rng.triangular(1500, 4000, 2500))
    blocks = assemble()
    while plain_len(blocks) < target:
        cands = [(k, w) for k, w in weights.items() if state[k] < min(caps[k], len(pools[k]))]
        if not cands:
            break
        state[wchoice(rng, cands)] += 1
        blocks = assemble()
    while plain_len(blocks) > 5000:
        k = max(['resp', 'req', 'ben', 'nice', 'about', 'extra'], key=lambda k: state[k])
        state[k] -= 1
        blocks = assemble()
    p.blocks = blocks


def build_short(rng, p, occ, ctx, trends):
    sents = [fill(rng.choice(for_country(occ['short'], p.country, p.stack)), ctx)]
    if rng.random() < 0.5:
        sents.append(fill(rng.choice(for_country(occ['intro'], p.country, p.stack)), ctx))
    bullets = []
    if rng.random() < 0.4:
        bullets = [fill(s, ctx) for s in rng.sample(for_country(occ['req'], p.country, p.stack), 3)]
    for _, _, text in trends:
        sents.append(fill(text, ctx))
    if p.negation:
        sents.append(p.negation)
    if p.ambiguous:
        sents.append(p.ambiguous)
    tail = []
    if p.salary['text'] and rng.random() < 0.6:
        tail.append('Pay: ' + p.salary['text'] + '.')
    pool = ([fill(s, ctx) for s in rng.sample(for_country(occ['intro'], p.country, p.stack), 1)]
            + rng.sample(soft_for(occ), 2) + [fill(rng.choice(APPLY_LINES), ctx)])
    pool = [x for x in pool if x not in sents]
    target = rng.randint(300, 750)

    def blocks_now():
        b = [('p', ' '.join(sents))]
        if bullets:
            b.append(('ul', bullets))
        if tail:
            b.append(('p', ' '.join(tail)))
        return b
    while plain_len(blocks_now()) < target and pool:
        tail.append(pool.pop(0))
    while plain_len(blocks_now()) > 800 and len(tail) > 1:
        tail.pop()
    p.blocks = blocks_now()


def hash_seed(p):
    # stable per-posting seed (no use of hash(), which is salted per process)
    s = '|'.join([p.occ, p.title, p.company, p.city, p.week])
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def render_plain(blocks, style):
    out = []
    i = 0
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == 'h':
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            body = render_plain_block(nxt, style) if nxt else ''
            out.append(val + '\n' + body)
            i += 2
            continue
        out.append(render_plain_block(blocks[i], style))
        i += 1
    return '\n\n'.join(out)


def render_plain_block(b, style):
    kind, val = b
    if kind == 'ul':
        return '\n'.join(style['bullet'] + it for it in val)
    return val


def plain_len(blocks):
    return len(render_plain(blocks, {'bullet': '- '}))


def esc(t):
    return html.escape(t, quote=False)


def render_light(blocks, style):
    out = []
    for kind, val in blocks:
        if style['light'] == 'p':
            if kind == 'h':
                out.append('<p><b>' + esc(val) + '</b></p>')
            elif kind == 'p':
                out.append('<p>' + esc(val) + '</p>')
            else:
                out.append('<ul>' + ''.join('<li>' + esc(it) + '</li>' for it in val) + '</ul>')
        else:
            if kind == 'h':
                out.append(esc(val) + '<br>')
            elif kind == 'p':
                out.append(esc(val) + '<br><br>')
            else:
                out.append(''.join('- ' + esc(it) + '<br>' for it in val) + '<br>')
    s = ''.join(out)
    return s[:-8] if s.endswith('<br><br>') else s


def rich_esc(t, style):
    s = esc(t)
    if style['apos']:
        s = s.replace("'", '&#39;')
    return s


def render_rich(blocks, style):
    out = []
    first_p = True
    for kind, val in blocks:
        if kind == 'h':
            if style['nbsp'] and out:
                out.append('<p>&nbsp;</p>')
            if style['rich_h'] == 'h3':
                out.append('<h3>' + rich_esc(val, style) + '</h3>')
            else:
                out.append('<p><strong>' + rich_esc(val, style) + '</strong></p>')
        elif kind == 'p':
            t = rich_esc(val, style)
            if style['br'] and first_p:
                t = t.replace('. ', '.<br/>')
            first_p = False
            out.append('<p>' + t + '</p>')
        else:
            out.append('<ul>\n' + '\n'.join('<li>' + rich_esc(it, style) + '</li>' for it in val) + '\n</ul>')
    s = '\n'.join(out)
    if style['div']:
        s = '<div>' + s + '</div>'
    return s


def norm_desc(d):
    """Markup-insensitive form of a description, used to detect the same ad across formats."""
    s = re.sub(r'(?i)<br\s*/?>|</p>|</li>|</h\d>|<li>|</div>|</ul>', '\n', d)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    s = re.sub(r'(?m)^[ \t\u00a0]*[-*\u2022][ \t]+', '', s)
    return re.sub(r'\s+', ' ', s).strip()


def clean_blocks(blocks):
    out = []
    for i, b in enumerate(blocks):
        if b[0] == 'h' and (i + 1 >= len(blocks) or blocks[i + 1][0] == 'h'):
            continue
        out.append(b)
    return out


# ---------------------------------------------------------------------------
# The two non-English postings (hand-written)
# ---------------------------------------------------------------------------
def special_german(rng):
    p = Posting()
    p.occ, p.week, p.lang = 'nurse', '2026-W46', 'de'
    p.title = 'Pflegefachkraft (m/w/d) f\u00fcr die Innere Medizin \u2013 Voll- oder Teilzeit'
    p.company, p.company_sector = 'Klinikum am Havelufer', 'health'
    p.city, p.region, p.country = 'Berlin', 'Berlin', 'DE'
    p.emp = 'FULL_TIME'
    p.salary = dict(currency='EUR', min=3900, max=4600, unit='MONTH', text='3.900 \u20ac \u2013 4.600 \u20ac brutto/Monat (TV\u00f6D P8)')
    p.has_code, p.onet, p.remote, p.jsonld_extras = True, '29-1141.00', False, False
    p.style = new_style(rng)
    p.style['layout'] = 'A'
    p.trends, p.negation, p.ambiguous, p.profile = [], None, None, 'medium'
    p.blocks = [
        ('h', 'Wir \u00fcber uns'),
        ('p', 'Das Klinikum am Havelufer ist ein Krankenhaus der Schwerpunktversorgung mit 520 Betten im Westen Berlins. '
              '\u00dcber 1.900 Mitarbeitende sorgen jeden Tag daf\u00fcr, dass sich unsere Patientinnen und Patienten gut aufgehoben f\u00fchlen.'),
        ('h', 'Ihre Aufgaben'),
        ('ul', ['Ganzheitliche Pflege und Betreuung von Patientinnen und Patienten der Inneren Medizin',
                'Planung, Durchf\u00fchrung und Dokumentation der Pflege im elektronischen Pflegedokumentationssystem',
                'Vorbereitung und Verabreichung von Medikamenten nach \u00e4rztlicher Anordnung',
                'Mitwirkung bei Visiten, Diagnostik und Therapie',
                'Anleitung von Auszubildenden und neuen Kolleginnen und Kollegen',
                'Einhaltung der Hygiene- und Infektionsschutzstandards']),
        ('h', 'Ihr Profil'),
        ('ul', ['Abgeschlossene Ausbildung als Pflegefachfrau/Pflegefachmann, Gesundheits- und Krankenpfleger/in oder vergleichbar',
                'Deutschkenntnisse mindestens auf Niveau B2',
                'Teamf\u00e4higkeit, Einf\u00fchlungsverm\u00f6gen und Verantwortungsbewusstsein',
                'Bereitschaft zum Schichtdienst (Fr\u00fch-, Sp\u00e4t- und Nachtdienst)',
                'W\u00fcnschenswert: Erfahrung in der Inneren Medizin oder Geriatrie',
                'Sicherer Umgang mit dem PC, idealerweise Erfahrung mit Orbis oder SAP IS-H']),
        ('h', 'Wir bieten'),
        ('ul', ['Verg\u00fctung nach TV\u00f6D-K (P8) inklusive Jahressonderzahlung',
                '30 Tage Urlaub plus Zusatzurlaub f\u00fcr Wechselschicht',
                'Betriebliche Altersvorsorge (VBL)',
                'Strukturierte Einarbeitung mit Mentorenprogramm',
                'Fort- und Weiterbildungsm\u00f6glichkeiten, z. B. Praxisanleitung oder Intensivpflege',
                'Zuschuss zum Deutschlandticket Job']),
        ('p', 'Wir freuen uns auf Ihre Bewerbung \u2013 gerne auch ohne Anschreiben! '
              'Bei Fragen erreichen Sie unsere Pflegedirektion unter der Kennziffer PF-2611.'),
    ]
    return p


def special_dutch(rng):
    p = Posting()
    p.occ, p.week, p.lang = 'warehouse_worker', '2026-W47', 'nl'
    p.title = 'Magazijnmedewerker orderpicking \u2013 dag/avonddienst'
    p.company, p.company_sector = 'Maasland Fulfilment B.V.', 'logistics'
    p.city, p.region, p.country = 'Venlo', 'Limburg', 'NL'
    p.emp = 'FULL_TIME'
    p.salary = dict(currency='EUR', min=14.40, max=16.20, unit='HOUR', text='\u20ac14,40 - \u20ac16,20 bruto per uur')
    p.has_code, p.onet, p.remote, p.jsonld_extras = False, '53-7062.00', False, False
    p.style = new_style(rng)
    p.style['bullet'] = '- '
    p.trends, p.negation, p.ambiguous, p.profile = [], None, None, 'medium'
    p.blocks = [
        ('h', 'Wie zijn wij?'),
        ('p', 'Maasland Fulfilment is een snelgroeiende logistieke dienstverlener in Venlo. Vanuit ons distributiecentrum '
              'van 40.000 m\u00b2 verzenden we dagelijks duizenden webshoporders door heel Europa.'),
        ('h', 'Wat ga je doen?'),
        ('ul', ['Orders verzamelen met een handscanner', 'Producten controleren en zorgvuldig inpakken',
                'Inkomende goederen ontvangen en controleren', 'Retouren verwerken in het WMS',
                'Meehelpen om het magazijn schoon en veilig te houden']),
        ('h', 'Wat vragen wij?'),
        ('ul', ['Je bent fysiek fit en vindt het niet erg om de hele dag in beweging te zijn',
                'Je kunt werken in een 2-ploegendienst (06:00-14:30 / 14:30-23:00)',
                'Je spreekt Nederlands, Engels of Duits',
                'Een heftruckcertificaat is een pr\u00e9, maar geen must',
                'Ervaring is niet nodig: we leiden je zelf op']),
        ('h', 'Wat bieden wij?'),
        ('ul', ['Een uurloon van \u20ac14,40 tot \u20ac16,20 bruto, plus ploegentoeslag', '8% vakantiegeld',
                'Reiskostenvergoeding vanaf 10 km', 'Kans op een vast contract',
                'Gratis opleiding tot heftruckchauffeur']),
        ('p', 'Interesse? Solliciteer direct via de knop hieronder. Je hoort binnen drie werkdagen van ons.'),
    ]
    return p


# ---------------------------------------------------------------------------
# Drop plan
# ---------------------------------------------------------------------------
FORMATS = ['csv', 'jsonl', 'jsonld']
FILE_OF = {'csv': 'postings.csv', 'jsonl': 'postings.jsonl', 'jsonld': 'jobboard.jsonld'}

# (name, source week, source format, target week, target format, keep id?)
REPOSTS = [
    ('R01', '2026-W45', 'csv', '2026-W46', 'csv', True),
    ('R02', '2026-W45', 'jsonl', '2026-W47', 'jsonl', True),
    ('R03', '2026-W46', 'jsonld', '2026-W47', 'jsonld', True),
    ('R04', '2026-W46', 'csv', '2026-W48', 'csv', True),
    ('R05', '2026-W47', 'jsonl', '2026-W48', 'jsonl', True),
    ('R06', '2026-W45', 'jsonld', '2026-W46', 'jsonld', False),
    ('R07', '2026-W45', 'csv', '2026-W47', 'csv', False),
    ('R08', '2026-W46', 'jsonl', '2026-W48', 'jsonl', False),
    ('R09', '2026-W47', 'csv', '2026-W48', 'csv', False),
    ('R10', '2026-W45', 'csv', '2026-W45', 'jsonld', False),
    ('R11', '2026-W46', 'jsonl', '2026-W46', 'csv', False),
    ('R12', '2026-W47', 'jsonld', '2026-W47', 'jsonl', False),
    ('R13', '2026-W45', 'jsonl', '2026-W48', 'jsonld', False),
    ('R14', '2026-W46', 'csv', '2026-W47', 'jsonl', False),
    ('R15', '2026-W47', 'csv', '2026-W48', 'jsonld', False),
]
# exact duplicate records inside one file
EXACT_DUPS = [('D1', '2026-W45', 'csv'), ('D2', '2026-W46', 'jsonl'), ('D3', '2026-W47', 'jsonld'),
              ('D4', '2026-W48', 'csv')]
# malformed records: (name, week, format, kind)
MALFORMED = [
    ('M01', '2026-W45', 'csv', 'missing-column'),
    ('M02', '2026-W45', 'jsonl', 'invalid-json-truncated'),
    ('M03', '2026-W45', 'jsonl', 'bad-date'),
    ('M04', '2026-W45', 'jsonld', 'no-title'),
    ('M05', '2026-W46', 'csv', 'empty-description'),
    ('M06', '2026-W46', 'jsonl', 'missing-description'),
    ('M07', '2026-W46', 'jsonld', 'markup-only-description'),
    ('M08', '2026-W46', 'jsonld', 'not-a-jobposting-organization'),
    ('M09', '2026-W47', 'csv', 'unbalanced-quote'),
    ('M10', '2026-W47', 'csv', 'invalid-date'),
    ('M11', '2026-W47', 'jsonl', 'invalid-json-single-quotes'),
    ('M12', '2026-W47', 'jsonld', 'not-a-jobposting-event'),
    ('M13', '2026-W48', 'csv', 'extra-column'),
    ('M14', '2026-W48', 'jsonl', 'null-description'),
    ('M15', '2026-W48', 'jsonld', 'missing-datePosted'),
]
MALFORMED_REASON = {
    'missing-column': 'row has 10 fields instead of 11 (salary column missing; occupation_code/description shifted)',
    'invalid-json-truncated': 'line is not valid JSON (object truncated mid-string, no closing brace)',
    'bad-date': 'datePosted is "31/13/2026" (not ISO-8601, month 13)',
    'no-title': 'JobPosting has no "title" property',
    'empty-description': 'description field is empty',
    'missing-description': 'object has no "description" key',
    'markup-only-description': 'description is markup only ("<p></p>"), no text',
    'not-a-jobposting-organization': '@graph item has @type "Organization", not "JobPosting"',
    'unbalanced-quote': 'description field opens a quote that is never closed (runs to end of file); last row of the file',
    'invalid-date': 'date_posted is "2026-11-31" (November has 30 days)',
    'invalid-json-single-quotes': 'line is not valid JSON (Python dict repr with single-quoted keys/strings)',
    'not-a-jobposting-event': '@graph item has @type "Event" (a recruitment open day), not "JobPosting"',
    'extra-column': 'row has 12 fields instead of 11 (salary %s written unquoted; its thousands comma splits the field)',
    'null-description': '"description" is null',
    'missing-datePosted': 'JobPosting has no "datePosted" property',
}


class IdGen(object):
    def __init__(self, rng):
        self.rng = rng
        self.req = 104200
        self.jp = 3301000
        self.seen = set()

    def new(self, fmt):
        while True:
            if fmt == 'csv':
                self.req += self.rng.randint(1, 9)
                v = 'REQ-%06d' % self.req
            elif fmt == 'jsonl':
                v = 'p-%08x' % self.rng.getrandbits(32)
            else:
                self.jp += self.rng.randint(1, 40)
                v = 'JP%07d' % self.jp
            if v not in self.seen:
                self.seen.add(v)
                return v


def allocate(week, n):
    wi = WEEKS.index(week)
    keys = list(OCC.keys())
    w = {k: WEEK_WEIGHT.get(k, [1.0] * 4)[wi] for k in keys}
    counts = {k: 2 for k in keys}
    rest = n - 2 * len(keys)
    tot = sum(w.values())
    exact = {k: rest * w[k] / tot for k in keys}
    for k in keys:
        counts[k] += int(exact[k])
    left = n - sum(counts.values())
    for k in sorted(keys, key=lambda k: (-(exact[k] - int(exact[k])), k))[:left]:
        counts[k] += 1
    return counts


def make_record(p, fmt, rid, date, kind='new', **kw):
    r = dict(p=p, fmt=fmt, id=rid, date=date, kind=kind)
    r.update(kw)
    return r


def generate():
    rng = random.Random(SEED)
    ids = IdGen(rng)
    recs = {w: {f: [] for f in FORMATS} for w in WEEKS}
    for week in WEEKS:
        specials = []
        if week == '2026-W46':
            specials.append((special_german(rng), 'jsonld'))
        if week == '2026-W47':
            specials.append((special_dutch(rng), 'csv'))
        n = BASE_PER_WEEK[week] - len(specials)
        counts = allocate(week, n)
        occ_list = [k for k in OCC for _ in range(counts[k])]
        rng.shuffle(occ_list)
        # trend quotas: a fixed share of the eligible postings of the week carries each trend
        forced = [set() for _ in occ_list]
        wi = WEEKS.index(week)
        for tkey, plan in TREND_PLAN.items():
            elig = [i for i, k in enumerate(occ_list) if k in plan['occs']]
            for i in rng.sample(elig, int(round(plan['p'][wi] * len(elig)))):
                forced[i].add(tkey)
        plist = []
        for k, tr in zip(occ_list, forced):
            p = new_posting(rng, k, week, trends=frozenset(tr))
            p.blocks = clean_blocks(p.blocks)
            plist.append(p)
        fmts = [FORMATS[i % 3] for i in range(len(plist))]
        rng.shuffle(fmts)
        for p, f in zip(plist, fmts):
            recs[week][f].append(make_record(p, f, ids.new(f), pick_date(rng, week)))
        for p, f in specials:
            recs[week][f].append(make_record(p, f, ids.new(f), pick_date(rng, week), special=p.lang))
    # reposts
    used = set()
    repost_log = []
    for name, sw, sf, tw, tf, keep in REPOSTS:
        cands = [r for r in recs[sw][sf] if r['kind'] == 'new' and 'special' not in r and id(r['p']) not in used
                 and r['p'].profile != 'short']
        src = rng.choice(cands)
        used.add(id(src['p']))
        if sw == tw:
            last = WEEK_START[tw] + dt.timedelta(days=6)
            date = src['date'] + dt.timedelta(days=rng.randint(0, (last - src['date']).days))
        else:
            date = pick_date(rng, tw)
        rid = src['id'] if keep else ids.new(tf)
        tgt = make_record(src['p'], tf, rid, date, kind='repost', repost=name, src=src)
        recs[tw][tf].append(tgt)
        src['repost_source'] = name
        repost_log.append((name, src, tgt, keep))
    # malformed records (fresh postings, then broken at write time)
    for name, week, fmt, kind in MALFORMED:
        while True:
            occ_key = rng.choice(list(OCC.keys()))
            p = new_posting(rng, occ_key, week, profile='medium')
            if kind != 'extra-column' or (p.country in ('GB', 'IE', 'US') and p.salary['unit'] == 'YEAR'):
                break
        p.blocks = clean_blocks(p.blocks)
        if kind == 'unbalanced-quote':
            p.blocks = [(k, v.replace('"', "'") if isinstance(v, str) else [x.replace('"', "'") for x in v])
                        for k, v in p.blocks]
        if kind == 'extra-column':
            sym = {'GBP': '\u00a3', 'EUR': '\u20ac', 'USD': '$'}[p.salary['currency']]
            p.salary['text'] = 'Up to %s%s per annum' % (sym, fmt_int(p.salary['max'], 'GB'))
        recs[week][fmt].append(make_record(p, fmt, ids.new(fmt), pick_date(rng, week), kind='malformed',
                                           malformed=name, mkind=kind))
    # ordering
    for week in WEEKS:
        recs[week]['csv'].sort(key=lambda r: (r['date'], r['id']))
        rng.shuffle(recs[week]['jsonl'])
        recs[week]['jsonld'].sort(key=lambda r: (r['date'], r['id']), reverse=True)
        # malformed records: move to random interior positions (unbalanced quote: last row)
        for fmt in FORMATS:
            lst = recs[week][fmt]
            bad = [r for r in lst if r['kind'] == 'malformed']
            for r in bad:
                lst.remove(r)
            for r in bad:
                if r['mkind'] == 'unbalanced-quote':
                    continue
                lst.insert(rng.randint(1, len(lst) - 1), r)
            for r in bad:
                if r['mkind'] == 'unbalanced-quote':
                    lst.append(r)
    # exact duplicates
    dup_log = []
    for name, week, fmt in EXACT_DUPS:
        lst = recs[week][fmt]
        cands = [r for r in lst if r['kind'] == 'new' and 'repost_source' not in r and 'special' not in r]
        src = rng.choice(cands)
        i = lst.index(src)
        j = rng.randint(i + 1, len(lst) - (1 if lst[-1]['kind'] == 'malformed' and lst[-1]['mkind'] == 'unbalanced-quote' else 0))
        dup = dict(src)
        dup['kind'] = 'exact-dup'
        dup['dup'] = name
        lst.insert(j, dup)
        src['dup_source'] = name
        dup_log.append((name, src, dup))
    return recs, repost_log, dup_log


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
CSV_HEADER = ['posting_id', 'title', 'company', 'city', 'region', 'country', 'date_posted', 'employment_type',
              'salary', 'occupation_code', 'description']


def csv_quote(f):
    if any(c in f for c in ',"\r\n'):
        return '"' + f.replace('"', '""') + '"'
    return f


def csv_fields(r):
    p = r['p']
    return [r['id'], p.title, p.company, p.city, p.region, p.country, r['date'].isoformat(),
            EMP_HUMAN[p.emp], p.salary['text'], p.onet if p.has_code else '', render_plain(p.blocks, p.style)]


def write_csv(path, lst):
    buf = io.StringIO(newline='')
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(CSV_HEADER)
    for n, r in enumerate(lst, start=1):
        r['loc'] = {'record': n, 'line': buf.getvalue().count('\n') + 1}
        f = csv_fields(r)
        mk = r.get('mkind')
        if mk == 'missing-column':
            w.writerow(f[:8] + f[9:])
        elif mk == 'empty-description':
            w.writerow(f[:10] + [''])
        elif mk == 'invalid-date':
            w.writerow(f[:6] + ['2026-11-31'] + f[7:])
        elif mk == 'extra-column':
            buf.write(','.join(csv_quote(x) for x in f[:8]) + ',' + f[8] + ',' +
                      ','.join(csv_quote(x) for x in f[9:]) + '\r\n')
        elif mk == 'unbalanced-quote':
            buf.write(','.join(csv_quote(x) for x in f[:10]) + ',"' + f[10] + '\r\n')
        else:
            w.writerow(f)
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(buf.getvalue())


def jsonl_obj(r):
    p = r['p']
    return {'id': r['id'], 'title': p.title, 'company': p.company,
            'location': {'city': p.city, 'region': p.region, 'country': p.country},
            'datePosted': r['date'].isoformat(), 'employmentType': p.emp, 'salary': p.salary['text'],
            'description': render_light(p.blocks, p.style)}


def write_jsonl(path, lst):
    lines = []
    for n, r in enumerate(lst, start=1):
        r['loc'] = {'line': n}
        o = jsonl_obj(r)
        mk = r.get('mkind')
        if mk == 'invalid-json-truncated':
            s = json.dumps(o, ensure_ascii=False)
            cut = int(len(s) * 0.55)
            while s[cut - 1] == '\\':
                cut += 1
            line = s[:cut]
        elif mk == 'invalid-json-single-quotes':
            line = str(o)
        else:
            if mk == 'bad-date':
                o['datePosted'] = '31/13/2026'
            elif mk == 'missing-description':
                del o['description']
            elif mk == 'null-description':
                o['description'] = None
            line = json.dumps(o, ensure_ascii=False)
        assert '\n' not in line
        lines.append(line)
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write('\n'.join(lines) + '\n')


def jsonld_item(r):
    p = r['p']
    s = p.salary
    item = {
        '@type': 'JobPosting',
        'identifier': {'@type': 'PropertyValue', 'name': p.company, 'value': r['id']},
        'title': p.title,
        'description': render_rich(p.blocks, p.style),
        'datePosted': r['date'].isoformat(),
        'validThrough': (r['date'] + dt.timedelta(days=30)).isoformat(),
        'employmentType': p.emp,
        'hiringOrganization': {'@type': 'Organization', 'name': p.company},
        'jobLocation': {'@type': 'Place', 'address': {'@type': 'PostalAddress', 'addressLocality': p.city,
                                                      'addressRegion': p.region, 'addressCountry': p.country}},
        'baseSalary': {'@type': 'MonetaryAmount', 'currency': s['currency'],
                       'value': {'@type': 'QuantitativeValue', 'minValue': s['min'], 'maxValue': s['max'],
                                 'unitText': s['unit']}},
    }
    if p.has_code:
        item['occupationalCategory'] = p.onet
    if p.remote:
        item['jobLocationType'] = 'TELECOMMUTE'
    if p.jsonld_extras:
        resp = [v for k, v in p.blocks if k == 'ul']
        if len(resp) >= 2:
            item['responsibilities'] = ' '.join(resp[0])
            item['qualifications'] = ' '.join(resp[1])
        text = norm_desc(item['description']).lower()
        tags = [t for t in OCC[p.occ]['tags']
                if re.search(r'(?<![\w])' + re.escape(t.lower()) + r'(?![\w])', text)]
        if tags:
            item['skills'] = ', '.join(tags)
    return item


def write_jsonld(path, lst):
    graph = []
    for n, r in enumerate(lst):
        r['loc'] = {'index': n}
        mk = r.get('mkind')
        p = r['p']
        if mk == 'not-a-jobposting-organization':
            slug = re.sub(r'[^a-z0-9]+', '-', p.company.lower()).strip('-')
            graph.append({'@type': 'Organization', 'name': p.company, 'url': 'https://www.%s.example' % slug,
                          'logo': 'https://www.%s.example/logo.png' % slug,
                          'description': norm_desc(render_rich(p.blocks[:2], p.style))})
            continue
        if mk == 'not-a-jobposting-event':
            graph.append({'@type': 'Event', 'name': 'Recruitment open day: ' + p.title,
                          'description': '<p>Walk-in interviews for %s roles at %s. Bring your CV and ID.</p>' % (
                              esc(short_title(p.title)), esc(p.company)),
                          'startDate': r['date'].isoformat() + 'T10:00:00', 'endDate': r['date'].isoformat() + 'T15:00:00',
                          'location': {'@type': 'Place', 'address': {'@type': 'PostalAddress', 'addressLocality': p.city,
                                                                     'addressCountry': p.country}},
                          'organizer': {'@type': 'Organization', 'name': p.company}})
            continue
        item = jsonld_item(r)
        if mk == 'no-title':
            del item['title']
        elif mk == 'markup-only-description':
            item['description'] = '<p></p>'
        elif mk == 'missing-datePosted':
            del item['datePosted']
        graph.append(item)
    doc = {'@context': 'https://schema.org', '@graph': graph}
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write('\n')


# ---------------------------------------------------------------------------
# Independent checker: re-parse the written files the way a strict reader would
# ---------------------------------------------------------------------------
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')


def date_problem(s, week):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return 'date %r is not ISO-8601 yyyy-mm-dd' % (s,)
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        return 'date %r does not exist' % s
    if not (WEEK_START[week] <= d <= WEEK_START[week] + dt.timedelta(days=6)):
        return 'date %s outside %s' % (s, week)
    return None


def check_csv(path, week):
    good, bad = [], []
    text = open(path, encoding='utf-8', newline='').read()
    rd = csv.reader(io.StringIO(text, newline=''), strict=True)
    header = next(rd)
    if header != CSV_HEADER:
        bad.append(({'line': 1}, 'bad header'))
    start = rd.line_num + 1
    n = 0
    while True:
        try:
            row = next(rd)
        except StopIteration:
            break
        except csv.Error as e:
            bad.append(({'record': n + 1, 'line': start}, 'CSV syntax error: %s' % e))
            break
        n += 1
        loc = {'record': n, 'line': start}
        start = rd.line_num + 1
        if len(row) != 11:
            bad.append((loc, 'expected 11 fields, got %d' % len(row)))
            continue
        rec = dict(zip(CSV_HEADER, row))
        prob = date_problem(rec['date_posted'], week)
        if prob:
            bad.append((loc, prob))
        elif not rec['posting_id'] or not rec['title'].strip():
            bad.append((loc, 'missing id or title'))
        elif not norm_desc(rec['description']):
            bad.append((loc, 'empty description'))
        else:
            good.append((loc, dict(id=rec['posting_id'], title=rec['title'], date=rec['date_posted'],
                                   desc=rec['description'], raw=tuple(row))))
    return good, bad


def check_jsonl(path, week):
    good, bad = [], []
    with open(path, encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for n, line in enumerate(lines, start=1):
        loc = {'line': n}
        try:
            o = json.loads(line)
        except ValueError as e:
            bad.append((loc, 'invalid JSON: %s' % e))
            continue
        keys = ['id', 'title', 'company', 'location', 'datePosted', 'employmentType', 'salary', 'description']
        missing = [k for k in keys if k not in o]
        if missing:
            bad.append((loc, 'missing keys %s' % missing))
            continue
        prob = date_problem(o['datePosted'], week)
        if prob:
            bad.append((loc, prob))
        elif not isinstance(o['description'], str) or not norm_desc(o['description']):
            bad.append((loc, 'description null/empty'))
        elif not o['title'] or not o['id']:
            bad.append((loc, 'missing id or title'))
        else:
            good.append((loc, dict(id=o['id'], title=o['title'], date=o['datePosted'], desc=o['description'],
                                   raw=line)))
    return good, bad


def check_jsonld(path, week):
    good, bad = [], []
    with open(path, encoding='utf-8') as fh:
        doc = json.load(fh)
    assert doc.get('@context') == 'https://schema.org'
    for n, it in enumerate(doc['@graph']):
        loc = {'index': n}
        if it.get('@type') != 'JobPosting':
            bad.append((loc, '@type is %r' % it.get('@type')))
            continue
        if not it.get('title'):
            bad.append((loc, 'no title'))
            continue
        if 'datePosted' not in it:
            bad.append((loc, 'no datePosted'))
            continue
        prob = date_problem(it['datePosted'], week)
        if prob:
            bad.append((loc, prob))
        elif not isinstance(it.get('description'), str) or not norm_desc(it['description']):
            bad.append((loc, 'description has no text'))
        else:
            ok = (it['identifier']['value'] and it['hiringOrganization']['name'] and
                  it['jobLocation']['address']['addressCountry'] and it['baseSalary']['value']['unitText'])
            assert ok
            good.append((loc, dict(id=it['identifier']['value'], title=it['title'], date=it['datePosted'],
                                   desc=it['description'], raw=json.dumps(it, sort_keys=True))))
    return good, bad


CHECKERS = {'csv': check_csv, 'jsonl': check_jsonl, 'jsonld': check_jsonld}


def check(root=OUT):
    res = {}
    for w in WEEKS:
        for f in FORMATS:
            res[(w, f)] = CHECKERS[f](os.path.join(root, w, FILE_OF[f]), w)
    return res


def fmt_loc(fmt, loc):
    if fmt == 'csv':
        return 'record %d (line %d)' % (loc['record'], loc['line'])
    if fmt == 'jsonl':
        return 'line %d' % loc['line']
    return '@graph[%d]' % loc['index']


def summarize(res, out=sys.stdout):
    """Stats computed from the files alone."""
    P = lambda *a: print(*a, file=out)
    groups = {}
    for (w, f), (good, bad) in res.items():
        for loc, r in good:
            groups.setdefault(norm_desc(r['desc']), []).append((w, f, loc, r))
    total_good = sum(len(g) for g, _ in res.values())
    total_bad = sum(len(b) for _, b in res.values())
    P('well-formed records: %d, malformed: %d, distinct postings (by normalised description): %d'
      % (total_good, total_bad, len(groups)))
    P()
    P('| drop | format | records | well-formed | malformed |')
    P('|---|---|---|---|---|')
    for w in WEEKS:
        for f in FORMATS:
            g, b = res[(w, f)]
            P('| %s | %s | %d | %d | %d |' % (w, FILE_OF[f], len(g) + len(b), len(g), len(b)))
    P()
    P('Rejected records:')
    for (w, f), (g, b) in sorted(res.items()):
        for loc, why in b:
            P('  %s/%s %s: %s' % (w, FILE_OF[f], fmt_loc(f, loc), why))
    P()
    P('Groups sharing one description:')
    for k, members in groups.items():
        if len(members) > 1:
            P('  ' + ' == '.join('%s/%s %s id=%s date=%s' % (w, FILE_OF[f], fmt_loc(f, loc), r['id'], r['date'])
                                 for w, f, loc, r in members))
    P()
    P('Trend terms (well-formed records mentioning the term, case-insensitive):')
    P('| term | ' + ' | '.join(WEEKS) + ' |')
    P('|---|' + '---|' * len(WEEKS))
    per_week = {w: [norm_desc(r['desc']).lower() for f in FORMATS for _, r in res[(w, f)][0]] for w in WEEKS}
    for key, terms in TREND_TERMS.items():
        cells = []
        for w in WEEKS:
            docs = per_week[w]
            c = sum(1 for d in docs if any(t.lower() in d for t in terms))
            cells.append('%d / %d (%.1f%%)' % (c, len(docs), 100.0 * c / len(docs)))
        P('| %s | %s |' % (' or '.join(terms), ' | '.join(cells)))
    P()
    lens = {f: sorted(len(r['desc']) for w in WEEKS for _, r in res[(w, f)][0]) for f in FORMATS}
    for f in FORMATS:
        L = lens[f]
        P('%s description length: min %d, median %d, max %d' % (f, L[0], L[len(L) // 2], L[-1]))
    plain = sorted(len(k) for k in groups)
    P('normalised text length: min %d, median %d, max %d; %d%% within 1500-4000'
      % (plain[0], plain[len(plain) // 2], plain[-1], 100 * sum(1 for x in plain if 1500 <= x <= 4000) // len(plain)))
    size = sum(os.path.getsize(os.path.join(OUT, w, FILE_OF[f])) for w in WEEKS for f in FORMATS)
    P('total size of postings/: %d bytes' % size)
    return groups


def verify(recs, repost_log, dup_log, res):
    """Assert that the files contain exactly the intended defects."""
    intended_bad = set()
    for w in WEEKS:
        for f in FORMATS:
            for r in recs[w][f]:
                if r['kind'] == 'malformed':
                    intended_bad.add((w, f, fmt_loc(f, r['loc'])))
    found_bad = set((w, f, fmt_loc(f, loc)) for (w, f), (g, b) in res.items() for loc, _ in b)
    assert intended_bad == found_bad, (intended_bad ^ found_bad)
    groups = {}
    for (w, f), (good, bad) in res.items():
        for loc, r in good:
            groups.setdefault(norm_desc(r['desc']), []).append((w, f, fmt_loc(f, loc)))
    multi = sorted(sorted(v) for v in groups.values() if len(v) > 1)
    expected = []
    for name, src, tgt, keep in repost_log:
        expected.append(sorted([(wk_of(recs, src), src['fmt'], fmt_loc(src['fmt'], src['loc'])),
                                (wk_of(recs, tgt), tgt['fmt'], fmt_loc(tgt['fmt'], tgt['loc']))]))
    for name, src, dup in dup_log:
        expected.append(sorted([(wk_of(recs, src), src['fmt'], fmt_loc(src['fmt'], src['loc'])),
                                (wk_of(recs, dup), dup['fmt'], fmt_loc(dup['fmt'], dup['loc']))]))
    assert sorted(expected) == multi, 'unexpected duplicate groups'
    # exact duplicates are byte-identical; same-format reposts have identical descriptions
    for name, src, dup in dup_log:
        w = wk_of(recs, src)
        good = dict((fmt_loc(src['fmt'], l), r) for l, r in res[(w, src['fmt'])][0])
        assert good[fmt_loc(src['fmt'], src['loc'])]['raw'] == good[fmt_loc(dup['fmt'], dup['loc'])]['raw']
    return True


def wk_of(recs, r):
    for w in WEEKS:
        for f in FORMATS:
            for x in recs[w][f]:
                if x is r:
                    return w
    raise KeyError


def assert_banks_clean():
    """Trend terms may only enter a posting through TREND_PHRASES."""
    texts = []
    for o in OCC.values():
        for k in ('intro', 'resp', 'req', 'nice', 'neg', 'extra', 'short'):
            texts += [t if isinstance(t, str) else t[0] for t in o.get(k, [])]
    texts += [c[2] for v in COMPANIES.values() for c in v]
    for d in (ABOUT_MORE, BENEFITS_SECTOR, BENEFITS_COUNTRY, EEO):
        for v in d.values():
            texts += v
    texts += SOFT + AMBIGUOUS + NEGATIONS_GENERIC + APPLY_LINES + BENEFITS_GENERIC + GENERIC_PARAS
    for v in SECTOR_PARAS.values():
        texts += v
    for t in texts:
        for terms in TREND_TERMS.values():
            for term in terms:
                assert term.lower() not in t.lower(), (term, t)


def main():
    if '--check' in sys.argv:
        summarize(check())
        return
    assert_banks_clean()
    recs, repost_log, dup_log = generate()
    for w in WEEKS:
        d = os.path.join(OUT, w)
        os.makedirs(d, exist_ok=True)
        write_csv(os.path.join(d, FILE_OF['csv']), recs[w]['csv'])
        write_jsonl(os.path.join(d, FILE_OF['jsonl']), recs[w]['jsonl'])
        write_jsonld(os.path.join(d, FILE_OF['jsonld']), recs[w]['jsonld'])
    res = check()
    verify(recs, repost_log, dup_log, res)
    print('# generation manifest (seed %d)' % SEED)
    print()
    print('| drop | file | records | new | reposts | exact dups | malformed |')
    print('|---|---|---|---|---|---|---|')
    for w in WEEKS:
        for f in FORMATS:
            lst = recs[w][f]
            c = lambda k: sum(1 for r in lst if r['kind'] == k)
            print('| %s | %s | %d | %d | %d | %d | %d |' % (w, FILE_OF[f], len(lst), c('new'), c('repost'),
                                                           c('exact-dup'), c('malformed')))
    print()
    print('Reposts:')
    for name, src, tgt, keep in repost_log:
        print('  %s: %s/%s %s id=%s (%s) -> %s/%s %s id=%s (%s) %s' % (
            name, wk_of(recs, src), FILE_OF[src['fmt']], fmt_loc(src['fmt'], src['loc']), src['id'], src['date'],
            wk_of(recs, tgt), FILE_OF[tgt['fmt']], fmt_loc(tgt['fmt'], tgt['loc']), tgt['id'], tgt['date'],
            'same id' if keep else 'new id'))
    print('Exact duplicates:')
    for name, src, dup in dup_log:
        print('  %s: %s/%s %s and %s id=%s' % (name, wk_of(recs, src), FILE_OF[src['fmt']],
                                               fmt_loc(src['fmt'], src['loc']), fmt_loc(dup['fmt'], dup['loc']), src['id']))
    print('Malformed:')
    for w in WEEKS:
        for f in FORMATS:
            for r in recs[w][f]:
                if r['kind'] == 'malformed':
                    why = MALFORMED_REASON[r['mkind']]
                    if '%s' in why:
                        why = why % json.dumps(r['p'].salary['text'], ensure_ascii=False)
                    print('  %s: %s/%s %s id=%s: %s' % (r['malformed'], w, FILE_OF[f], fmt_loc(f, r['loc']), r['id'], why))
    print('Non-English:')
    for w in WEEKS:
        for f in FORMATS:
            for r in recs[w][f]:
                if r.get('special'):
                    print('  %s/%s %s id=%s lang=%s title=%s' % (w, FILE_OF[f], fmt_loc(f, r['loc']), r['id'],
                                                                  r['special'], r['p'].title))
    print()
    print('Occupations (new well-formed postings per week, reposts/dups/malformed excluded):')
    print('| occupation | ESCO URI | O*NET | ' + ' | '.join(WEEKS) + ' | total |')
    print('|---|---|---|' + '---|' * (len(WEEKS) + 1))
    for k, o in OCC.items():
        cs = [sum(1 for f in FORMATS for r in recs[w][f] if r['kind'] == 'new' and r['p'].occ == k) for w in WEEKS]
        print('| %s | %s | %s | %s | %d |' % (o['esco'], o['uri'], o['onet'], ' | '.join(map(str, cs)), sum(cs)))
    print()
    print('Planted trends (new postings that received a trend phrase):')
    for t in TREND_PLAN:
        cs = [sum(1 for f in FORMATS for r in recs[w][f] if r['kind'] == 'new' and t in r['p'].trends) for w in WEEKS]
        print('  %s: %s' % (t, cs))
    amb = {}
    neg = {}
    for w in WEEKS:
        for f in FORMATS:
            for r in recs[w][f]:
                if r['kind'] == 'new':
                    if r['p'].ambiguous:
                        amb[r['p'].ambiguous] = amb.get(r['p'].ambiguous, 0) + 1
                    if r['p'].negation:
                        neg[r['p'].negation] = neg.get(r['p'].negation, 0) + 1
    print('Ambiguous-word phrases used (new postings): %d' % sum(amb.values()))
    for k, v in sorted(amb.items()):
        print('  %d x %s' % (v, k))
    print('Negations used (new postings): %d' % sum(neg.values()))
    for k, v in sorted(neg.items()):
        print('  %d x %s' % (v, k))
    prof = {}
    for w in WEEKS:
        for f in FORMATS:
            for r in recs[w][f]:
                if r['kind'] == 'new':
                    prof[r['p'].profile] = prof.get(r['p'].profile, 0) + 1
    print('Length profiles of new postings: %s' % prof)
    print()
    print('# file check')
    summarize(res)


if __name__ == '__main__':
    main()
