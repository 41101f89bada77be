#!/usr/bin/env python3
"""Generate the skillgap SAMPLE learners + micro-credential catalogue.

Deterministic (fixed seed, hand-written banks, no network, stdlib only).

Writes:
  data-samples/catalog/openbadges/*.json      Open Badges 3.0 Achievements (+ deliberate bad files)
  data-samples/catalog/openbadges2/*.json     Open Badges 2.0 BadgeClasses
  data-samples/catalog/courses.csv            flat course list (one deliberate bad row)
  data-samples/catalog/ctdl/*.jsonld          CTDL JSON-LD
  data-samples/learners/learners.jsonl        learner profiles
  data-samples/learners/cv/*.txt              CVs (some deliberately in odd encodings)
  data-samples/NOTES-learners-catalog.md      what is where, counts, deliberate bad inputs

ESCO labels in the banks are resolved to concept URIs from ESCO v1.1.1 skills_en.csv
(exact preferredLabel match; the script fails loudly on an unknown label). O*NET technology
names/commodity codes are checked against O*NET 29.2 "Technology Skills.txt" when available.
Both are read from data-samples/taxonomy/{esco,onet}/ (gzipped) or the shared data folder.
After writing, every output is parsed again and checked (ESCO URI + exact label, counts,
encodings, sizes); the notes file is generated from that check, so its counts are exact.

Usage:  python3 data-samples/tools/make_learners_catalog.py [--esco-dir DIR] [--onet-dir DIR]
"""
import argparse
import csv
import io
import json
import os
import random
import re
import shutil
import sys
import uuid

SEED = 20261109
HERE = os.path.dirname(os.path.abspath(__file__))
DS = os.path.dirname(HERE)                      # data-samples/
REPO = os.path.dirname(DS)
CATALOG = os.path.join(DS, "catalog")
LEARNERS = os.path.join(DS, "learners")
NOTES = os.path.join(DS, "NOTES-learners-catalog.md")

OB3_CONTEXT = ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
               "https://skillgap.dev/ns/catalog/v1"]
OB2_CONTEXT = ["https://w3id.org/openbadges/v2", "https://skillgap.dev/ns/catalog/v1"]
ONET_TECH_URL = "https://www.onetcenter.org/dictionary/29.2/excel/technology_skills.html"
ESCO_SKILL_SCHEME = "http://data.europa.eu/esco/concept-scheme/skills"

# --------------------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------------------
# key: (name, base url, kind, default currency, inLanguage)
PROVIDERS = {
    "nda": ("Northbridge Digital Academy", "https://northbridge-academy.example", "online academy", "GBP", "en-GB"),
    "chb": ("CodeHarbour Bootcamp", "https://codeharbour.example", "coding bootcamp", "EUR", "en"),
    "nca": ("Nimbus Cloud Academy", "https://academy.nimbuscloud.example", "cloud vendor academy", "USD", "en-US"),
    "ssi": ("SecureStack Networking & Security Institute", "https://securestack.example", "vendor-neutral IT training institute", "USD", "en-US"),
    "rcfe": ("Riverside College of Further Education", "https://riverside-college.example", "further education college", "GBP", "en-GB"),
    "mvt": ("Meadowvale NHS Foundation Trust - Learning & Development", "https://learning.meadowvale-nhs.example", "NHS-style hospital trust", "GBP", "en-GB"),
    "cpt": ("CarePath Training Partnership", "https://carepath-training.example", "adult social care training provider", "GBP", "en-GB"),
    "apt": ("Apothecary Pathways Pharmacy Training", "https://apothecary-pathways.example", "pharmacy training provider", "GBP", "en-GB"),
    "fsc": ("Freightline Skills Council", "https://freightline-skills.example", "logistics training body", "GBP", "en-GB"),
    "isl": ("Institute for Supply & Logistics Practice", "https://islp.example", "professional logistics institute", "EUR", "en"),
    "lfa": ("LedgerLine Finance Academy", "https://ledgerline.example", "finance and accounting academy", "GBP", "en-GB"),
    "bca": ("Brightside Contact Centre Academy", "https://brightside-cca.example", "customer service academy", "EUR", "en"),
    "pfl": ("PeopleFirst HR Learning", "https://peoplefirst-hr.example", "HR professional training", "GBP", "en-GB"),
    "mgo": ("Marketing Guild Online", "https://marketingguild.example", "online marketing school", "USD", "en-US"),
    "dlp": ("Delivery Lab Project School", "https://deliverylab.example", "project management school", "EUR", "en"),
    "ckc": ("Copper Kettle Culinary School", "https://copperkettle-culinary.example", "culinary school", "EUR", "en"),
    "osc": ("OpenSkills Commons", "https://openskills-commons.example", "free open online courses (non-profit)", "USD", "en"),
}

ACH_TYPE = {  # default achievementType per provider
    "nda": "MicroCredential", "chb": "Certificate", "nca": "Certification", "ssi": "Certificate",
    "rcfe": "Course", "mvt": "Badge", "cpt": "Certificate", "apt": "Certificate", "fsc": "Certificate",
    "isl": "Certificate", "lfa": "MicroCredential", "bca": "Badge", "pfl": "Course",
    "mgo": "MicroCredential", "dlp": "Certificate", "ckc": "Certificate", "osc": "Badge",
}

# --------------------------------------------------------------------------------------
# Open Badges 3.0 catalogue bank.
# (slug, provider, title, level, hours, cost, format, [ESCO preferred labels],
#  [O*NET technology names], tags, description)
#   cost: number (in provider currency), (amount, currency), 0 for free, None = not stated
#   hours: None = not stated
# --------------------------------------------------------------------------------------
F, I, A = "foundation", "intermediate", "advanced"
ON, IP, BL = "online", "in-person", "blended"

CREDS = [
    # ---------------- data analyst / data scientist ----------------
    ("nda-sql-for-data-analysis", "nda", "SQL for Data Analysis", F, 20, 149, ON,
     ["SQL", "query languages", "use databases"], [], "sql,data,analytics",
     "Learn to query relational databases with SQL: SELECT, filtering, joins, GROUP BY and aggregates, subqueries and simple views. You write queries against a retail sales database and answer real business questions."),
    ("nda-advanced-sql-analytics", "nda", "Advanced SQL: Window Functions and Query Tuning", A, 30, 299, ON,
     ["SQL", "query languages", "data models", "normalise data"], [], "sql,data,performance",
     "For analysts who already write SQL daily. Covers window functions, CTEs and recursive queries, normalisation and data models, execution plans and indexing so that reporting queries stay fast on large tables."),
    ("nda-python-foundations", "nda", "Python Foundations", F, 24, 0, ON,
     ["Python (computer programming)", "computer programming"], ["Python"], "python,programming,beginner",
     "A free first course in Python programming: variables, data types, loops, functions, files and error handling. Ends with a small project that automates a spreadsheet clean-up task."),
    ("nda-python-data-analysis", "nda", "Python for Data Analysis with pandas", I, 36, 249, ON,
     ["Python (computer programming)", "use data processing techniques", "perform data cleansing", "apply statistical analysis techniques"], [], "python,pandas,data",
     "Use Python, pandas and Jupyter notebooks to load, clean, reshape and summarise data. Includes data cleansing of messy CSV exports, group-by summaries, simple statistical analysis and charting."),
    ("nda-data-visualisation-tableau", "nda", "Data Visualisation with Tableau", I, 16, 179, ON,
     ["deliver visual presentation of data", "visual presentation techniques", "business intelligence"], ["Tableau"], "tableau,visualisation,dashboards",
     "Build interactive Tableau dashboards: chart choice, calculated fields, filters and parameters, and dashboard design that tells a clear story for business stakeholders."),
    ("nda-power-bi-dashboards", "nda", "Power BI Dashboards for Business Reporting", I, 14, 159, ON,
     ["business intelligence", "deliver visual presentation of data", "report analysis results"], ["Microsoft Power BI"], "power bi,reporting,dashboards",
     "Connect Microsoft Power BI to Excel and SQL sources, model the data, write basic DAX measures and publish self-service reports with drill-through for managers."),
    ("nda-statistics-essentials", "nda", "Statistics Essentials for Analysts", F, 18, 99, ON,
     ["statistics", "apply statistical analysis techniques", "execute analytical mathematical calculations"], [], "statistics,maths,data",
     "Descriptive statistics, distributions, sampling, confidence intervals, hypothesis tests and linear regression explained with worked business examples and spreadsheets."),
    ("nda-data-quality-cleansing", "nda", "Data Quality and Cleansing", I, 10, 89, ON,
     ["perform data cleansing", "data quality assessment", "define data quality criteria", "implement data quality processes"], [], "data quality,cleansing",
     "Define data quality criteria, profile datasets, detect duplicates and invalid values, and set up repeatable data cleansing and quality checks in your team's reporting pipeline."),
    ("nda-machine-learning-practitioner", "nda", "Machine Learning Practitioner", A, 80, 1200, BL,
     ["machine learning", "utilise machine learning", "Python (computer programming)", "perform data mining", "build recommender systems"], [], "machine learning,python,data science",
     "An advanced, project-based programme: supervised and unsupervised machine learning with scikit-learn, feature engineering, model evaluation, recommender systems and deploying a model as a service."),
    ("nda-r-statistical-computing", "nda", "R for Statistical Computing", I, 30, 199, ON,
     ["R", "statistics", "apply statistical analysis techniques"], [], "r,statistics",
     "Use R and the tidyverse for data wrangling, statistical modelling and reproducible reports with R Markdown."),
    ("nda-data-storytelling", "nda", "Data Storytelling and Presenting Insights", I, 8, 79, ON,
     ["report analysis results", "present reports", "deliver visual presentation of data", "visual presentation techniques"], [], "communication,presentation,data",
     "Turn analysis into decisions: structure a data story, choose the right chart, write an executive summary and present findings to a non-technical audience with confidence."),
    ("nda-big-data-spark", "nda", "Big Data Processing with Apache Spark", A, 40, 450, ON,
     ["analyse big data", "SPARK", "Hadoop", "develop data processing applications", "distributed computing"], [], "big data,spark",
     "Process large datasets with Apache Spark and the Hadoop ecosystem: distributed computing concepts, DataFrames, partitioning, and building batch data processing applications."),
    ("nda-excel-for-data-analysis", "nda", "Excel for Data Analysis (Pivot Tables and Lookups)", F, 12, 69, ON,
     ["use spreadsheets software", "interpret current data", "process data"], ["Microsoft Excel"], "excel,spreadsheets,data",
     "Practical Microsoft Excel for reporting: tables, pivot tables, XLOOKUP/VLOOKUP, conditional formatting and charts to summarise and interpret current data."),
    ("nda-data-mining-techniques", "nda", "Data Mining Techniques", A, 45, 520, ON,
     ["data mining", "perform data mining", "information extraction", "unstructured data"], [], "data mining,text",
     "Clustering, association rules, anomaly detection and information extraction from unstructured text, with hands-on labs in Python."),
    ("nda-research-data-management", "nda", "Research Data Management and FAIR Data", F, 6, 0, ON,
     ["manage research data", "manage findable accessible interoperable and reusable data"], [], "research,data management",
     "A short free module on data management plans, metadata, versioning and making research data findable, accessible, interoperable and reusable (FAIR)."),
    ("nda-relational-database-design", "nda", "Relational Database Design", I, 24, 199, ON,
     ["design database scheme", "create data models", "data models", "normalise data"], [], "database,modelling",
     "Design relational schemas from business requirements: entity-relationship diagrams, keys, normal forms and physical design choices."),
    ("nda-dba-essentials", "nda", "Database Administration Essentials", I, 32, 349, ON,
     ["manage database", "database management systems", "maintain database performance", "maintain database security", "perform backups"], ["Microsoft SQL Server"], "dba,sql server",
     "Day-to-day database administration on Microsoft SQL Server: installation, users and permissions, backups and restores, index maintenance and monitoring."),
    ("nda-postgresql-performance", "nda", "PostgreSQL Performance Tuning", A, 20, 399, ON,
     ["maintain database performance", "balance database resources", "operate relational database management system"], ["PostgreSQL"], "postgresql,performance,dba",
     "Advanced tuning for PostgreSQL: reading EXPLAIN ANALYZE, indexing strategies, vacuum and autovacuum, connection pooling and resource configuration."),
    ("nda-oracle-database-administration", "nda", "Oracle Database Administration", A, 50, 890, BL,
     ["Oracle Relational Database", "design database backup specifications", "define database physical structure", "manage database"], ["Oracle Database"], "oracle,dba",
     "Administer Oracle databases: storage structures, RMAN backup specifications, recovery scenarios, user security and patching."),
    # ---------------- software / web developer ----------------
    ("chb-java-programming-fundamentals", "chb", "Java Programming Fundamentals", F, 40, 390, ON,
     ["Java (computer programming)", "computer programming", "integrated development environment software"], [], "java,programming",
     "Object-oriented programming in Java: classes, collections, exceptions, streams and unit tests, using a professional IDE."),
    ("chb-advanced-java-design-patterns", "chb", "Advanced Java: Design Patterns and Clean Architecture", A, 48, 690, ON,
     ["Java (computer programming)", "use software design patterns", "use software libraries", "align software with system architectures"], [], "java,architecture",
     "Apply GoF design patterns, dependency injection and clean/hexagonal architecture to real Java codebases; refactor legacy code safely."),
    ("chb-git-version-control", "chb", "Version Control with Git", F, 6, 0, ON,
     ["tools for software configuration management"], ["Git", "GitHub"], "git,version control",
     "Free short course on Git: commits, branches, merges, pull requests and resolving conflicts when working in a team."),
    ("chb-software-testing-debugging", "chb", "Software Testing and Debugging", I, 20, 240, ON,
     ["debug software", "ICT debugging tools", "execute software tests"], [], "testing,debugging",
     "Write unit and integration tests, use debuggers and logging to find defects, and practise test-driven development."),
    ("chb-agile-scrum-developers", "chb", "Agile and Scrum for Developers", F, 8, 120, BL,
     ["Agile development", "Agile project management", "work in teams"], [], "agile,scrum,teamwork",
     "How agile teams work: user stories, sprints, stand-ups, retrospectives and working effectively in a cross-functional team."),
    ("chb-html-css-foundations", "chb", "HTML and CSS Foundations", F, 20, 0, ON,
     ["use markup languages", "CSS", "style sheet languages", "World Wide Web Consortium standards"], [], "html,css,web",
     "Build accessible, responsive web pages with semantic HTML and CSS (flexbox, grid, media queries) following W3C standards."),
    ("chb-javascript-essentials", "chb", "JavaScript Essentials", F, 30, 199, ON,
     ["JavaScript", "web programming"], ["JavaScript"], "javascript,web",
     "Core JavaScript for the browser: DOM manipulation, events, fetch and async/await, modules and debugging in developer tools."),
    ("chb-react-front-end", "chb", "Front-End Development with React", I, 40, 490, ON,
     ["JavaScript Framework", "implement front-end website design", "translate requirements into visual design"], ["React"], "react,front-end",
     "Build single-page applications with React: components, hooks, state management, routing and turning design mock-ups into working front-ends."),
    ("chb-typescript-angular", "chb", "TypeScript and Angular in Practice", A, 45, 590, ON,
     ["TypeScript", "Angular", "JavaScript Framework"], [], "typescript,angular",
     "Enterprise front-end development with TypeScript and Angular: modules, RxJS, forms, testing and performance."),
    ("chb-web-accessibility", "chb", "Web Accessibility (WCAG) for Developers", I, 10, 150, ON,
     ["ICT accessibility standards", "World Wide Web Consortium standards", "test system accessibility for users with special needs"], [], "accessibility,wcag",
     "Apply WCAG 2.2 and W3C accessibility standards; test with screen readers and automated tools and fix common barriers."),
    ("chb-wordpress-site-building", "chb", "WordPress Site Building", F, 12, 95, ON,
     ["WordPress", "use content management system software"], [], "wordpress,cms",
     "Set up and customise WordPress sites: themes, plugins, page builders, basic security and content management workflows."),
    ("chb-full-stack-bootcamp", "chb", "Full-Stack Web Developer Bootcamp", A, 120, 1490, BL,
     ["web programming", "JavaScript", "SQL", "develop software prototype", "computer programming", "implement front-end website design"], ["Node.js"], "full-stack,bootcamp",
     "Twelve-week intensive: JavaScript on front and back end (Node.js), SQL databases, REST APIs, testing and deployment, ending with a team-built product prototype."),
    ("chb-rest-api-design", "chb", "REST API Design and Integration", I, 16, 260, ON,
     ["use an application-specific interface", "analyse software specifications", "provide technical documentation"], [], "api,integration",
     "Design, document and consume REST APIs: resources, status codes, authentication, OpenAPI documentation and integrating third-party interfaces."),
    ("chb-requirements-to-code", "chb", "Requirements to Code: Specifications and Technical Writing", I, 10, 140, ON,
     ["interpret technical requirements", "define technical requirements", "provide technical documentation", "create flowchart diagram"], [], "requirements,documentation",
     "Turn user needs into technical requirements, draw flowcharts and write clear technical documentation that other developers can follow."),
    ("chb-devops-pipelines-jenkins", "chb", "DevOps Pipelines with Jenkins", A, 28, 480, ON,
     ["DevOps", "Jenkins (tools for software configuration management)", "tools for software configuration management"], ["Git"], "devops,ci/cd",
     "Automate build, test and deployment with Jenkins pipelines, Git branching strategies and infrastructure hooks."),
    # ---------------- cloud engineer ----------------
    ("nca-cloud-fundamentals", "nca", "Cloud Computing Fundamentals", F, 10, 0, ON,
     ["cloud technologies", "deploy cloud resource"], ["Amazon Web Services AWS software"], "cloud,aws,beginner",
     "Free introduction to cloud computing: IaaS/PaaS/SaaS, regions, compute, storage and networking basics, pricing and the shared responsibility model."),
    ("nca-cloud-architect-associate", "nca", "Cloud Solutions Architect - Associate", I, 60, 300, ON,
     ["design cloud architecture", "design cloud networks", "plan migration to cloud", "design database in the cloud"], [], "cloud,architecture",
     "Design resilient, cost-aware cloud architectures: virtual networks, load balancing, managed databases and planning workload migration to the cloud."),
    ("nca-cloud-architect-professional", "nca", "Cloud Solutions Architect - Professional", A, 90, 1200, ON,
     ["design cloud architecture", "design for organisational complexity", "do cloud refactoring", "plan migration to cloud", "manage cloud data and storage"], [], "cloud,architecture,advanced",
     "Advanced architecture for multi-account organisations: governance, hybrid connectivity, large-scale migration, refactoring to cloud-native services and data lifecycle management."),
    ("nca-kubernetes-fundamentals", "nca", "Kubernetes Fundamentals", F, 16, 299, ON,
     ["deploy cloud resource", "develop with cloud services"], ["Kubernetes", "Docker"], "kubernetes,containers",
     "Containers and Kubernetes from the ground up: images, pods, deployments, services, config maps and deploying your first application to a managed cluster."),
    ("nca-kubernetes-advanced-operations", "nca", "Kubernetes Advanced Operations", A, 40, 795, ON,
     ["automate cloud tasks", "cloud monitoring and reporting", "respond to incidents in cloud"], ["Kubernetes", "Docker"], "kubernetes,operations,sre",
     "Operate production Kubernetes: autoscaling, Helm, GitOps automation, observability with metrics and logs, and incident response runbooks."),
    ("nca-cloud-security-compliance", "nca", "Cloud Security and Compliance", I, 24, 450, ON,
     ["implement cloud security and compliance", "cloud security and compliance", "manage keys for data protection"], [], "cloud,security,compliance",
     "Identity and access management, encryption and key management, logging and compliance frameworks for cloud workloads."),
    ("nca-infrastructure-as-code", "nca", "Infrastructure as Code with Terraform and Ansible", A, 30, 550, ON,
     ["automate cloud tasks", "deploy cloud resource", "Ansible"], ["Ansible software"], "iac,automation",
     "Provision and configure cloud infrastructure as code with Terraform modules and Ansible playbooks; testing, state management and drift."),
    ("nca-serverless-developer", "nca", "Serverless Application Developer", I, 32, 350, ON,
     ["develop with cloud services", "use an application-specific interface"], ["Amazon Web Services AWS software"], "serverless,cloud,development",
     "Build event-driven serverless applications with functions, queues, API gateways and managed databases."),
    ("nca-cloud-monitoring-incidents", "nca", "Cloud Monitoring and Incident Response", I, 12, 150, ON,
     ["cloud monitoring and reporting", "respond to incidents in cloud", "monitor system performance"], [], "monitoring,incidents",
     "Set up monitoring, alerting and dashboards for cloud services and practise structured incident response and post-incident reviews."),
    ("nca-linux-administration", "nca", "Linux System Administration Essentials", F, 30, 199, ON,
     ["operating systems", "administer ICT system", "use scripting programming"], ["Linux"], "linux,sysadmin",
     "Linux command line, users and permissions, package management, services, logs and shell scripting for automation."),
    # ---------------- network administrator ----------------
    ("ssi-network-fundamentals", "ssi", "Computer Networking Fundamentals", F, 40, 250, ON,
     ["ICT network routing", "design computer network", "maintain internet protocol configuration"], [], "networking,tcp/ip",
     "TCP/IP, subnetting, switching, routing, DHCP and DNS; design a small office network and configure IP addressing."),
    ("ssi-routing-switching-advanced", "ssi", "Advanced Routing and Switching", A, 70, 990, BL,
     ["ICT network routing", "analyse network configuration and performance", "analyse network bandwidth requirements", "implement ICT network diagnostic tools"], ["Cisco IOS"], "routing,switching,cisco",
     "Enterprise routing protocols (OSPF, BGP), VLAN design, QoS, bandwidth planning and troubleshooting on Cisco IOS equipment in a hands-on lab."),
    ("ssi-firewalls-and-vpns", "ssi", "Firewalls and VPNs in Practice", I, 20, 380, ON,
     ["implement a firewall", "define firewall rules", "implement a virtual private network"], [], "firewall,vpn,network security",
     "Design firewall rule sets, deploy next-generation firewalls and configure site-to-site and remote-access VPNs."),
    ("ssi-backup-and-disaster-recovery", "ssi", "Backup and Disaster Recovery", I, 12, 220, ON,
     ["perform backups", "use back-up and recovery tools", "manage disaster recovery plans"], [], "backup,recovery",
     "Plan and test backups and disaster recovery: RPO/RTO, backup tools, restore drills and writing a recovery plan."),
    ("ssi-windows-server-administration", "ssi", "Windows Server Administration", I, 35, None, BL,
     ["administer ICT system", "manage ICT virtualisation environments", "manage email hosting service"], ["Microsoft Windows Server"], "windows server,active directory",
     "Administer Microsoft Windows Server: Active Directory, group policy, Hyper-V virtualisation, file services and Exchange email hosting."),
    ("ssi-network-troubleshooting-wireshark", "ssi", "Network Troubleshooting with Wireshark", I, 14, 180, ON,
     ["implement ICT network diagnostic tools", "perform ICT troubleshooting", "network management system tools"], ["Wireshark"], "wireshark,troubleshooting",
     "Capture and analyse network traffic with Wireshark, use network management tools and follow a structured troubleshooting method."),
    # ---------------- ICT security engineer ----------------
    ("ssi-cyber-security-foundations", "ssi", "Cyber Security Foundations", F, 15, 0, ON,
     ["cyber security", "attack vectors", "ICT network security risks"], [], "cyber security,beginner",
     "Free introduction to cyber security: threats, attack vectors, common vulnerabilities and basic defensive controls."),
    ("ssi-security-risk-management", "ssi", "Information Security Risk Management", I, 30, 650, ON,
     ["implement ICT risk management", "identify ICT security risks", "perform risk analysis", "ICT security standards"], [], "risk,iso 27001",
     "Identify, assess and treat information security risks using ISO/IEC 27001 and 27005; build a risk register and treatment plan."),
    ("ssi-ethical-hacking", "ssi", "Ethical Hacking and Penetration Testing", A, 60, 1350, BL,
     ["identify ICT system weaknesses", "cyber attack counter-measures", "Kali Linux", "execute ICT audits"], [], "pentest,ethical hacking",
     "Hands-on penetration testing with Kali Linux: reconnaissance, exploitation, privilege escalation, reporting weaknesses and recommending counter-measures."),
    ("ssi-security-operations-incident-response", "ssi", "Security Operations and Incident Response", A, 40, 890, ON,
     ["monitor system performance", "cyber attack counter-measures", "manage disaster recovery plans"], ["Splunk Enterprise"], "soc,incident response,siem",
     "Work as a SOC analyst: SIEM monitoring with Splunk, triage, containment, eradication and recovery, and lessons-learned reports."),
    ("ssi-security-policy-compliance", "ssi", "Security Policy, GDPR and Compliance", I, 16, 320, ON,
     ["define security policies", "ICT security legislation", "manage IT security compliances", "information confidentiality"], [], "gdpr,compliance,policy",
     "Write security policies and keep the organisation compliant with GDPR and security legislation; prepare for audits."),
    ("ssi-security-awareness", "ssi", "Security Awareness for Everyone", F, 2, 0, ON,
     ["educate on data confidentiality", "information confidentiality", "ensure information security"], [], "awareness,phishing",
     "Two-hour awareness course: phishing, passwords, handling confidential data and reporting incidents."),
    # ---------------- nurse ----------------
    ("mvt-infection-prevention-control", "mvt", "Infection Prevention and Control", F, 3, 0, ON,
     ["infection control", "hygiene in a health care setting"], [], "infection control,mandatory training",
     "Mandatory training for all clinical staff: chain of infection, hand hygiene, PPE, standard precautions and safe handling of sharps and linen."),
    ("mvt-infection-prevention-link-practitioner", "mvt", "Infection Prevention and Control - Link Practitioner", A, 30, 350, BL,
     ["manage infection control in the facility", "manage hospital-acquired infections", "infection control", "follow clinical guidelines"], [], "infection control,advanced",
     "For ward link practitioners: outbreak management, surveillance of hospital-acquired infections, audit and teaching colleagues."),
    ("mvt-basic-life-support", "mvt", "Basic Life Support (Adult)", F, 4, 45, IP,
     ["resuscitation", "initiate life preserving measures", "deal with emergency care situations", "first aid"], [], "bls,resuscitation",
     "Adult basic life support and AED use, recovery position and choking management, assessed in a practical session."),
    ("mvt-immediate-life-support", "mvt", "Immediate Life Support", A, 8, 180, IP,
     ["resuscitation", "deal with emergency care situations", "initiate life preserving measures", "respond to changing situations in health care"], [], "ils,resuscitation",
     "Recognise and treat the deteriorating patient, airway management, defibrillation and team working in cardiac arrest."),
    ("mvt-safe-administration-of-medicines", "mvt", "Safe Administration of Medicines", I, 12, 120, BL,
     ["safe management of medicines", "administer prescribed medication", "pharmacology"], [], "medicines,drug rounds",
     "Drug calculations, routes of administration, controlled drugs, documentation and avoiding medication errors."),
    ("mvt-electronic-patient-records", "mvt", "Using Electronic Patient Records", F, 4, 0, ON,
     ["use electronic health records in nursing", "manage information in health care", "use e-health and mobile health technologies"], ["Epic Systems"], "ehr,digital",
     "Documenting care in the electronic patient record, information governance and using mobile e-health tools on the ward."),
    ("mvt-person-centred-care-planning", "mvt", "Person-Centred Nursing Care Planning", I, 20, 220, BL,
     ["plan nursing care", "apply person-centred care", "evaluate nursing care", "implement nursing care"], [], "care planning,nursing",
     "Assess, plan, implement and evaluate nursing care using a person-centred approach and the nursing process."),
    ("mvt-nursing-return-to-practice", "mvt", "Nursing Return to Practice", A, 120, 0, BL,
     ["implement fundamentals of nursing", "provide professional care in nursing", "nursing principles", "evidence-based nursing care", "follow clinical guidelines", "coordinate care"], [], "return to practice,nursing",
     "Funded programme for registered nurses whose registration has lapsed: theory update plus supervised clinical placement."),
    ("mvt-nursing-associate-bridging", "mvt", "Care Certificate to Nursing Associate Bridging", I, 60, 450, BL,
     ["implement fundamentals of nursing", "work in multidisciplinary health teams", "communicate in healthcare", "ensure safety of healthcare users", "monitor patient's vital signs"], [], "nursing associate,career change",
     "For healthcare and care assistants preparing for nursing associate or nursing degree apprenticeships: clinical observations, safety, communication and team working."),
    ("mvt-clinical-communication-sbar", "mvt", "Clinical Communication and Handover (SBAR)", F, 3, 0, ON,
     ["communicate in healthcare", "contribute to continuity of health care", "listen actively"], [], "communication,handover",
     "Structured handover with SBAR, escalating concerns and listening actively to patients and colleagues."),
    ("mvt-leadership-for-ward-nurses", "mvt", "Leadership for Ward Nurses", A, 24, 390, BL,
     ["leadership in nursing", "adapt leadership styles in healthcare", "work in multidisciplinary health teams", "accept own accountability"], [], "leadership,nursing",
     "Leading a shift and a ward team: delegation, accountability, difficult conversations and improving care quality."),
    ("mvt-palliative-end-of-life-care", "mvt", "Palliative and End-of-Life Care", I, None, 160, BL,
     ["palliative care", "empathise with the healthcare user", "apply person-centred care"], [], "palliative care",
     "Symptom management, advance care planning and compassionate communication with patients and families at the end of life."),
    ("mvt-venepuncture-wound-care", "mvt", "Clinical Skills: Venepuncture and Wound Care", I, 7, 120, IP,
     ["perform venepuncture procedures", "carry out wound care"], [], "clinical skills",
     "Practical clinical skills day: safe venepuncture, specimen labelling, wound assessment and dressing selection."),
    # ---------------- pharmacy technician ----------------
    ("apt-dispensing-fundamentals", "apt", "Dispensing Fundamentals for Pharmacy Support Staff", F, 30, 195, BL,
     ["check information on prescriptions", "prepare prescription labels", "transfer medication", "dispense medicines"], [], "dispensing,pharmacy",
     "Receive and check prescriptions, label and assemble medicines accurately, and understand the legal categories of medicines."),
    ("apt-accuracy-checking-technician", "apt", "Accuracy Checking Pharmacy Technician", A, 50, 650, BL,
     ["check information on prescriptions", "ensure quality assurance for pharmaceutical products", "report medication interaction to pharmacist", "dispense medicines"], [], "accuracy checking,pharmacy technician",
     "Accredited programme for registered pharmacy technicians to perform final accuracy checks of dispensed items."),
    ("apt-medicines-storage-inventory", "apt", "Medicines Storage, Stock and Inventory", I, 8, 85, ON,
     ["maintain adequate medication storage conditions", "take pharmaceutical inventory", "handle the logistics of medicinal products", "ensure the appropriate supply in pharmacy"], [], "stock,cold chain",
     "Cold chain, controlled drug storage, stock rotation, ordering and pharmaceutical inventory counts."),
    ("apt-coshh-for-pharmacy", "apt", "COSHH for Pharmacy Teams", F, 2, 25, ON,
     ["follow procedures to control substances hazardous to health"], [], "coshh,health and safety",
     "Control of substances hazardous to health in the pharmacy: risk assessment, spill kits and safe disposal."),
    ("apt-pharmacy-records-law-ethics", "apt", "Pharmacy Records, Law and Ethics", I, 10, 110, ON,
     ["maintain pharmaceutical records", "comply with legislation related to health care", "health care legislation", "manage healthcare users' data"], [], "law,records",
     "Medicines legislation, pharmacy records, patient confidentiality and professional standards for pharmacy technicians."),
    ("apt-otc-medicines-self-care", "apt", "Over-the-Counter Medicines and Self-Care Advice", I, 12, 0, ON,
     ["medicines for self-medication", "assist with self-medication", "provide health education", "communicate with customers"], [], "otc,counter,customers",
     "Responding to symptoms at the pharmacy counter, WWHAM questions, selling OTC medicines safely and giving self-care advice."),
    # ---------------- care at home worker ----------------
    ("cpt-care-certificate", "cpt", "The Care Certificate (15 Standards)", F, 40, 0, BL,
     ["apply person-centred care", "follow health and safety precautions in social care practices", "maintain privacy of service users", "protect vulnerable social service users", "communicate with social service users"], [], "care certificate,induction",
     "The induction standard for new care workers: duty of care, person-centred care, privacy and dignity, safeguarding, communication, health and safety."),
    ("cpt-safeguarding-adults-l2", "cpt", "Safeguarding Adults Level 2", F, 3, 20, ON,
     ["protect vulnerable social service users", "contribute to protecting individuals from harm", "comply with legislation in social services"], [], "safeguarding",
     "Recognise the types and signs of abuse and neglect, and know how to report safeguarding concerns."),
    ("cpt-safeguarding-adults-lead-l3", "cpt", "Safeguarding Adults - Designated Lead (Level 3)", A, 14, 240, BL,
     ["protect vulnerable social service users", "support harmed social service users", "manage social crisis", "demonstrate leadership in social service cases"], [], "safeguarding,leadership",
     "For senior carers and team leaders: managing safeguarding enquiries, multi-agency working and supporting people who have been harmed."),
    ("cpt-dementia-awareness", "cpt", "Dementia Awareness", F, 4, 0, ON,
     ["older adults' needs", "relate empathetically", "support social service users with specific communication needs"], [], "dementia,older people",
     "Understand dementia, communicate with people living with dementia and support their wellbeing at home."),
    ("cpt-moving-and-handling-people", "cpt", "Moving and Handling People Safely", F, 5, 60, IP,
     ["assist social service users with physical disabilities", "follow health and safety precautions in social care practices", "encourage social service users to preserve their independence in their daily activities"], [], "moving and handling",
     "Practical training with hoists, slide sheets and standing aids; risk assessment and promoting independence."),
    ("cpt-supporting-medication-at-home", "cpt", "Supporting Medication in the Home", I, 6, 55, ON,
     ["monitor service users' health", "maintain records of work with service users", "administer prescribed medication"], [], "medication,home care",
     "Prompting and administering medication in domiciliary care, MAR charts, recording and reporting changes in health."),
    ("cpt-adult-care-diploma-l3", "cpt", "Level 3 Diploma in Adult Care (unit bundle)", A, 110, 950, BL,
     ["review social service plan", "involve service users and carers in care planning", "undertake risk assessment of social service users", "apply holistic approach within social services", "assess social service users' situation", "support social service users to live at home"], [], "diploma,adult care",
     "Core units of the Level 3 adult care diploma: care planning, risk assessment, holistic assessment and supporting people to live at home."),
    ("cpt-lone-working-and-stress", "cpt", "Lone Working and Managing Stress in Care", F, 3, 0, ON,
     ["tolerate stress", "manage stress in organisation", "undertake risk assessment of social service users"], [], "lone working,wellbeing",
     "Staying safe as a lone worker on home visits and managing your own stress and resilience."),
    # ---------------- retail ----------------
    ("rcfe-retail-customer-service", "rcfe", "Retail Customer Service Essentials", F, 8, 35, IP,
     ["provide customer guidance on product selection", "maintain relationship with customers", "direct customers to merchandise", "handle customer complaints"], [], "retail,customer service",
     "Greet, help and advise shoppers, handle complaints and build customer loyalty on the shop floor."),
    ("rcfe-till-operation-payments", "rcfe", "Till Operation and Payment Handling", F, 4, 0, IP,
     ["operate cash register", "process payments", "process refunds"], [], "till,payments",
     "Operate a point-of-sale till, take card and cash payments, process refunds and cash up accurately."),
    ("rcfe-visual-merchandising", "rcfe", "Visual Merchandising and Product Display", I, 10, 120, IP,
     ["organise product display", "supervise merchandise displays", "communicate on merchandise visual display"], [], "visual merchandising",
     "Plan eye-catching product displays, follow planograms and brief the team on visual merchandising."),
    ("rcfe-stock-replenishment", "rcfe", "Stock Replenishment and Shelf Management", F, 5, 30, IP,
     ["stock shelves", "monitor stock level", "put up price tags", "Order products"], [], "stock,shelves",
     "Replenish shelves, rotate stock, price products and spot gaps so the store never runs out."),
    ("rcfe-retail-team-leader", "rcfe", "Retail Team Leader Programme", I, 30, 420, BL,
     ["supervise sales activities", "manage staff", "monitor customer service", "set sales goals"], [], "team leader,retail",
     "For supervisors stepping up: rotas, briefing the team, sales goals, monitoring customer service and managing performance."),
    ("rcfe-retail-department-management", "rcfe", "Retail Department Management", A, 60, 1100, BL,
     ["carry out sales analysis", "manage budgets", "maximise sales revenues", "implement sales strategies", "control of expenses", "set sales promotions"], [], "retail management",
     "Run a department as a business: sales analysis, budgets and expenses, promotions, sales strategies and maximising revenue."),
    ("rcfe-employment-law-line-managers", "rcfe", "Employment Law for Line Managers", I, 6, 150, ON,
     ["employment law", "ensure compliance with legal requirements"], [], "employment law,management",
     "What line managers must know: contracts, working time, absence, discipline and grievance, discrimination."),
    ("rcfe-loss-prevention", "rcfe", "Loss Prevention and Store Security", F, 4, None, IP,
     ["monitor sales area for security reasons", "examine merchandise"], [], "security,shrinkage",
     "Reduce shrinkage: spotting theft, tagging, refunds fraud and safe handling of incidents."),
    ("rcfe-negotiation-skills", "rcfe", "Negotiation Skills", I, 8, 180, IP,
     ["negotiate compromises", "negotiate price", "negotiate with stakeholders"], [], "negotiation,soft skills",
     "Prepare, open, bargain and close: principled negotiation techniques practised in role plays."),
    ("rcfe-workplace-english-b1", "rcfe", "Workplace English (ESOL) B1", I, 60, 0, BL,
     ["English", "interact verbally in English", "write English"], [], "english,esol,language",
     "Funded ESOL course for adults: speaking, listening and writing English at work (emails, phone calls, meetings)."),
    # ---------------- warehouse / driving ----------------
    ("fsc-forklift-counterbalance", "fsc", "Forklift Truck Operation (Counterbalance)", F, 24, 480, IP,
     ["operate forklift", "stack goods", "pallets loading"], [], "forklift,warehouse,licence",
     "Novice counterbalance forklift training with practical test: pre-use checks, load handling, stacking and safe operation."),
    ("fsc-reach-truck-advanced", "fsc", "Reach Truck and Advanced Forklift Operations", A, 30, 650, IP,
     ["operate forklift", "conduct forklift inspections", "organise weight of loads according to lifting equipment capacity", "have spatial awareness"], [], "reach truck,forklift",
     "High-level racking with reach trucks, load capacity charts, daily inspections and working in narrow aisles."),
    ("fsc-manual-handling", "fsc", "Manual Handling Awareness", F, 2, 15, ON,
     ["lift heavy weights", "assist in the movement of heavy loads"], [], "manual handling,health and safety",
     "Safe lifting technique, team lifts and using handling aids to avoid injury."),
    ("fsc-warehousing-storage-l2", "fsc", "Warehousing and Storage Level 2", F, 40, 0, BL,
     ["receive goods", "pick orders for dispatching", "manage warehouse inventory", "operate warehouse record systems", "handle shipment paperwork"], [], "warehouse,level 2",
     "Funded level 2 qualification: goods in, putaway, picking, despatch, stock records and paperwork."),
    ("fsc-wms-rf-scanning", "fsc", "Warehouse Management Systems and RF Scanning", I, 8, 95, BL,
     ["operate warehouse record systems", "maintain stock control systems", "use warehouse marking tools"], ["SAP software"], "wms,scanning",
     "Use a warehouse management system and handheld RF scanners for receiving, location moves, cycle counts and despatch."),
    ("fsc-driver-cpc-periodic", "fsc", "Driver CPC Periodic Training (35 hours)", I, 35, 350, IP,
     ["road transport legislation", "road traffic laws", "control the performance of the vehicle"], [], "cpc,hgv,driver",
     "Five-module Driver CPC periodic training: drivers' hours, vehicle safety checks, fuel-efficient driving, first aid awareness and the law."),
    ("fsc-hgv-category-ce", "fsc", "HGV Category C+E Licence Training", A, 80, 1495, IP,
     ["drive vehicles", "manoeuvre heavy trucks", "parallel park vehicles", "practice emergency stops", "interpret traffic signals"], [], "hgv,c+e,licence",
     "Intensive training for the articulated lorry (C+E) test including off-road reversing, coupling/uncoupling and on-road driving."),
    ("fsc-load-security", "fsc", "Load Security and Safe Loading", I, 6, 120, IP,
     ["supervise loading of cargo", "supervise unloading of cargo", "vehicle cargo capacity", "types of cargo"], [], "load security",
     "Load distribution, axle weights, restraint methods and checking that cargo is secured before departure."),
    ("fsc-tachographs-drivers-hours", "fsc", "Tachographs and Drivers' Hours Rules", F, 7, 85, ON,
     ["road transport legislation", "keep task records"], [], "tachograph,drivers hours",
     "EU/GB drivers' hours and working time rules, using digital tachographs and keeping records that pass an audit."),
    ("fsc-adr-dangerous-goods", "fsc", "ADR Dangerous Goods Driver Training", I, 30, (590, "EUR"), IP,
     ["transport dangerous goods", "international carriage of dangerous goods by road", "recognise the hazards of dangerous goods"], [], "adr,dangerous goods",
     "ADR core and tanks modules: classification, labelling, documentation and emergency procedures for dangerous goods by road."),
    ("fsc-defensive-driving", "fsc", "Defensive and Fuel-Efficient Driving", I, 7, 95, IP,
     ["anticipate foreseeable problems on the road", "effective perception of transport environment", "stay alert"], [], "defensive driving,safety",
     "Hazard perception, anticipation, speed management and eco-driving techniques for professional drivers."),
    ("isl-supply-chain-foundations", "isl", "Supply Chain Management Foundations", F, 20, 290, ON,
     ["supply chain management", "warehouse operations", "freight transport methods"], [], "supply chain,logistics",
     "How goods flow from supplier to customer: procurement, warehousing, transport modes and inventory."),
    ("isl-logistics-distribution-diploma", "isl", "Advanced Diploma in Logistics and Distribution Management", A, 120, 1450, BL,
     ["analyse supply chain strategies", "develop efficiency plans for logistics operations", "manage the fleet according to planned operations", "perform cost accounting activities", "liaise with transportation companies", "manage staff"], [], "logistics management,diploma",
     "Management-level diploma: network strategy, fleet planning, logistics costing, carrier management and leading distribution teams."),
    ("isl-warehouse-safety-audit", "isl", "Warehouse Safety and Audit Readiness", I, 10, 180, ON,
     ["safety regulations for warehouses", "ensure continuous preparedness for audits", "comply with checklists"], [], "warehouse safety,audit",
     "Warehouse safety regulations, racking inspections, audit checklists and staying audit-ready."),
    ("isl-lean-logistics", "isl", "Lean and Continuous Improvement in Logistics", I, 16, 260, BL,
     ["encourage teams for continuous improvement", "implement efficiency plans for logistics operations", "provide operational efficiency training to employees"], [], "lean,continuous improvement",
     "Lean tools (5S, value stream mapping, kaizen) applied to warehouses and transport; leading improvement with your team."),
    ("isl-international-freight-customs", "isl", "International Freight and Customs", I, None, 320, ON,
     ["regulations for international transportation", "communicate with shipment forwarders", "freight transport methods"], [], "freight,customs,incoterms",
     "Incoterms, customs declarations, working with freight forwarders and choosing sea, air, rail or road freight."),
    ("isl-inventory-planning", "isl", "Inventory Planning and Reorder Control", I, 12, 210, ON,
     ["control reorder points", "monitor stock level", "analyse supply chain trends"], ["Microsoft Excel"], "inventory,planning",
     "Demand forecasting, safety stock, reorder points and ABC analysis using Excel models."),
    # ---------------- finance ----------------
    ("lfa-bookkeeping-foundations", "lfa", "Bookkeeping Foundations (Double Entry)", F, 30, 95, ON,
     ["accounting entries", "manage the general ledger", "maintain financial records", "prepare trial accounting balances"], [], "bookkeeping,double entry",
     "Double-entry bookkeeping, day books, the general ledger, bank reconciliations and the trial balance."),
    ("lfa-advanced-bookkeeping", "lfa", "Advanced Bookkeeping and Final Accounts", A, 45, 395, ON,
     ["prepare financial statements", "perform balance sheet operations", "depreciation", "identify accounting errors", "prepare trial accounting balances"], [], "bookkeeping,final accounts",
     "Period-end adjustments, depreciation, accruals and prepayments, correcting errors and preparing final accounts."),
    ("lfa-cloud-accounting-quickbooks", "lfa", "Cloud Accounting with QuickBooks", F, 10, 60, ON,
     ["use accounting systems", "maintain financial records"], ["Intuit QuickBooks"], "quickbooks,software",
     "Set up a company in QuickBooks Online, record sales and purchases, reconcile bank feeds and run reports."),
    ("lfa-vat-and-payroll", "lfa", "VAT and Payroll Essentials", I, 12, 180, ON,
     ["calculate tax", "tax legislation", "prepare tax returns forms", "manage payroll"], [], "vat,payroll,tax",
     "VAT schemes and returns, PAYE and National Insurance, payroll processing and year-end."),
    ("lfa-excel-essentials-finance", "lfa", "Excel Essentials for Finance Teams", F, 6, 45, ON,
     ["use spreadsheets software", "maintain financial records"], ["Microsoft Excel"], "excel,finance,beginner",
     "Formulas, formatting, sorting and filtering, SUMIF and simple pivot tables for finance administrators."),
    ("lfa-advanced-excel-for-finance", "lfa", "Advanced Excel for Finance", A, 14, 225, ON,
     ["use spreadsheets software", "prepare financial projections", "create a financial report"], ["Microsoft Excel"], "excel,finance,modelling",
     "Advanced Excel for finance: dynamic arrays, INDEX/MATCH and XLOOKUP, scenario analysis, Power Query and building robust financial reports."),
    ("lfa-financial-statement-analysis", "lfa", "Financial Statement Analysis", I, 24, 340, ON,
     ["interpret financial statements", "analyse financial performance of a company", "financial statements"], [], "financial analysis,ratios",
     "Read and interpret the income statement, balance sheet and cash flow; ratio analysis and benchmarking performance."),
    ("lfa-financial-modelling-valuation", "lfa", "Financial Modelling and Valuation", A, 40, 890, ON,
     ["prepare financial projections", "assess financial viability", "financial forecasting", "financial management"], ["Microsoft Excel"], "modelling,valuation",
     "Three-statement models, forecasting, DCF valuation and sensitivity analysis for investment decisions."),
    ("lfa-management-accounting-budgeting", "lfa", "Management Accounting and Budgeting", I, 30, 420, ON,
     ["manage budgets", "perform cost accounting activities", "accounting techniques"], [], "budgeting,costing",
     "Costing methods, budgeting, variance analysis and reporting to managers."),
    ("lfa-ifrs-statutory-reporting", "lfa", "IFRS and Statutory Reporting Update", A, 16, (520, "EUR"), ON,
     ["ensure compliance with accounting conventions", "follow the statutory obligations", "prepare financial statements"], [], "ifrs,reporting",
     "Annual update on IFRS standards and statutory reporting obligations for qualified accountants."),
    ("lfa-fraud-detection-internal-audit", "lfa", "Fraud Detection and Internal Audit Basics", I, 10, (240, "EUR"), ON,
     ["fraud detection", "check accounting records", "identify accounting errors"], [], "fraud,audit",
     "Red flags, data analytics for fraud detection, internal controls and checking accounting records."),
    ("lfa-economics-for-analysts", "lfa", "Economics for Financial Analysts", I, 20, (150, "USD"), ON,
     ["microeconomics", "macroeconomics", "economics", "consider economic criteria in decision making"], [], "economics",
     "Micro- and macroeconomics that matter to analysts: markets, interest rates, inflation and the business cycle."),
    # ---------------- call centre ----------------
    ("bca-customer-service-excellence", "bca", "Customer Service Excellence", F, 6, 49, ON,
     ["customer service", "guarantee customer satisfaction", "handle customer complaints", "communicate with customers"], [], "customer service",
     "The fundamentals of great service on the phone, by chat and face to face: expectations, empathy, complaints and follow-up."),
    ("bca-customer-service-advanced-practitioner", "bca", "Customer Service Excellence - Advanced Practitioner", A, 20, 390, BL,
     ["manage customer service", "monitor customer service", "analyse customer service surveys", "teach customer service techniques"], [], "customer service,leadership",
     "For team leaders and quality coaches: service standards, call monitoring, customer survey analysis and coaching agents."),
    ("bca-professional-telephone-communication", "bca", "Professional Telephone Communication", F, 3, 0, ON,
     ["communicate by telephone", "listen actively", "adapt communication style according to recipient"], [], "telephone,communication",
     "Call structure, tone of voice, active listening and adapting your style to different callers."),
    ("bca-crm-essentials", "bca", "CRM Essentials for Contact Centres", I, 8, 120, ON,
     ["use customer relationship management software", "keep task records", "process data"], ["Salesforce software"], "crm,salesforce",
     "Log contacts, manage cases and keep accurate records in a CRM such as Salesforce Service Cloud."),
    ("bca-difficult-conversations", "bca", "Handling Difficult Conversations and Complaints", I, 5, 85, ON,
     ["handle customer complaints", "react calmly in stressful situations", "tolerate stress", "resolve conflicts"], [], "complaints,de-escalation",
     "De-escalation, staying calm under pressure and resolving complaints so customers stay."),
    ("bca-contact-centre-productivity", "bca", "Contact Centre Multitasking and Productivity", F, 4, 30, ON,
     ["perform multiple tasks at the same time", "handle tasks independently", "manage time"], [], "productivity,multitasking",
     "Handle calls, chats and after-call work in parallel; manage your time and work independently against service levels."),
    # ---------------- HR ----------------
    ("pfl-recruitment-and-selection", "pfl", "Recruitment and Selection Practice", I, 16, 280, BL,
     ["recruit employees", "interview people", "document interviews", "assess character"], [], "recruitment,selection",
     "Job analysis, advertising, shortlisting, structured interviews and fair selection decisions."),
    ("pfl-employment-law-for-hr", "pfl", "Employment Law for HR Practitioners", A, 24, 480, ON,
     ["employment law", "labour legislation", "negotiate employment agreements"], [], "employment law,hr",
     "In-depth employment law for HR: contracts, TUPE, redundancy, discrimination and negotiating settlement agreements."),
    ("pfl-hr-administration-foundations", "pfl", "HR Administration Foundations", F, 12, 120, ON,
     ["human resources department processes", "observe confidentiality", "write work-related reports", "fix meetings"], [], "hr,administration",
     "HR processes from hire to retire, record keeping, confidentiality, scheduling and writing HR reports."),
    ("pfl-payroll-administration", "pfl", "Payroll Administration", I, 10, 150, ON,
     ["manage payroll", "check payrolls", "manage payroll reports"], [], "payroll",
     "Run and check a monthly payroll, statutory payments, deductions and payroll reports."),
    ("pfl-performance-conversations", "pfl", "Performance Reviews and Feedback Conversations", I, 6, 95, IP,
     ["organise staff assessment", "provide feedback on job performance", "give constructive feedback"], [], "performance,feedback",
     "Plan and run appraisals, set objectives and give constructive feedback that changes behaviour."),
    ("pfl-competency-based-interviewing", "pfl", "Competency-Based Interviewing", F, 4, 60, ON,
     ["interview people", "interview techniques", "use communication techniques"], [], "interviewing",
     "Design competency questions, use the STAR method, probe and score answers consistently."),
    # ---------------- marketing ----------------
    ("mgo-digital-marketing-foundations", "mgo", "Digital Marketing Foundations", F, 15, 0, ON,
     ["digital marketing techniques", "social media marketing techniques", "search engine optimisation"], [], "digital marketing,seo,social",
     "Free course: the digital marketing landscape, SEO, social media, email and paid search basics."),
    ("mgo-strategic-marketing-management", "mgo", "Strategic Marketing Management", A, 50, 1200, ON,
     ["plan marketing strategy", "define measurable marketing objectives", "create annual marketing budget", "integrate marketing strategies with the global strategy", "marketing mix"], [], "strategy,marketing management",
     "For marketing managers: strategy, positioning, the marketing mix, objectives and KPIs, and building the annual marketing budget."),
    ("mgo-market-research-methods", "mgo", "Market Research Methods", I, 20, 299, ON,
     ["market research", "perform market research", "analyse consumer buying trends", "identify potential markets for companies"], [], "market research",
     "Surveys, focus groups, desk research and analysing consumer buying trends to find new markets."),
    ("mgo-marketing-analytics-kpis", "mgo", "Marketing Analytics and KPIs", I, 18, 349, ON,
     ["track key performance indicators", "study sales levels of products", "define measurable marketing objectives"], ["Google Analytics"], "analytics,kpi",
     "Measure what matters: KPI frameworks, Google Analytics, attribution and campaign reporting."),
    ("mgo-content-and-brand-marketing", "mgo", "Content and Brand Marketing", I, None, 249, ON,
     ["content marketing strategy", "brand marketing techniques", "evaluate marketing content"], [], "content,brand",
     "Plan a content strategy, build brand consistency and evaluate content performance."),
    ("mgo-campaign-planning", "mgo", "Campaign Planning and Execution", I, 12, 199, ON,
     ["plan marketing campaigns", "coordinate marketing plan actions", "plan social media marketing campaigns"], [], "campaigns",
     "Brief, plan, launch and optimise multichannel campaigns including social media."),
    ("mgo-pricing-strategy", "mgo", "Pricing Strategy", A, 10, 450, ON,
     ["pricing strategies", "market pricing", "manage profitability"], [], "pricing",
     "Value-based, competitive and dynamic pricing; price testing and profitability management."),
    # ---------------- ICT project manager ----------------
    ("dlp-project-management-foundations", "dlp", "Project Management Foundations", F, 14, 190, ON,
     ["perform project management", "project management", "estimate duration of work", "perform resource planning"], [], "project management,beginner",
     "Project life cycle, scope, scheduling, estimating, resource planning and status reporting."),
    ("dlp-prince2-practitioner-prep", "dlp", "PRINCE2 Practitioner Preparation", A, 35, 1150, BL,
     ["Prince2 project management", "manage project changes", "perform risk analysis", "manage project information"], [], "prince2,certification",
     "Exam preparation and practice for PRINCE2 Practitioner: themes, processes, tailoring, change control and risk."),
    ("dlp-scrum-master-prep", "dlp", "Scrum Master Certification Prep", I, 16, 650, BL,
     ["Agile project management", "ICT project management methodologies", "coach employees"], [], "scrum,agile",
     "Serve and coach a Scrum team: events, artefacts, facilitation and removing impediments."),
    ("dlp-managing-ict-projects-advanced", "dlp", "Managing ICT Projects - Advanced", A, 40, 1390, BL,
     ["manage ICT project", "ICT project management", "manage budgets", "create project specifications", "provide cost benefit analysis reports", "perform risk analysis"], [], "ict projects,advanced",
     "Deliver complex ICT projects: business cases and cost-benefit analysis, specifications, budgets, vendor contracts and risk."),
    ("dlp-stakeholder-management", "dlp", "Stakeholder Management and Communication", I, 8, 240, ON,
     ["build business relationships", "communicate with stakeholders", "negotiate with stakeholders"], [], "stakeholders,communication",
     "Map stakeholders, plan communication, influence and negotiate to keep projects on track."),
    ("dlp-jira-for-project-teams", "dlp", "Jira for Project Teams", F, 4, None, ON,
     ["manage project information", "ICT project management"], ["Atlassian JIRA"], "jira,tools",
     "Boards, backlogs, workflows and reports in Atlassian Jira for project managers and team members."),
    ("dlp-leading-high-performing-teams", "dlp", "Leading High-Performing Teams", A, 30, 990, BL,
     ["leadership principles", "exert a goal-oriented leadership role towards colleagues", "coach employees", "apply conflict management", "motivate employees"], [], "leadership,teams",
     "Advanced leadership programme: setting direction, coaching, motivation, conflict and team performance."),
    # ---------------- cook ----------------
    ("ckc-food-hygiene-level-2", "ckc", "Food Hygiene Level 2", F, 4, 25, ON,
     ["comply with food safety and hygiene", "food hygiene rules", "ensure cleanliness of food preparation area"], [], "food hygiene,food safety,catering",
     "Food safety and hygiene for food handlers: contamination, temperature control, cleaning and personal hygiene."),
    ("ckc-food-safety-level-3-haccp", "ckc", "Food Safety Level 3 (HACCP Supervisor)", A, 24, 290, BL,
     ["hazard analysis and critical control points", "food safety principles", "comply with food safety and hygiene", "perform food safety checks"], [], "haccp,food safety,supervisor",
     "For supervisors and head chefs: HACCP plans, critical control points, food safety checks and managing hygiene in the kitchen."),
    ("ckc-professional-knife-skills", "ckc", "Professional Knife Skills", F, 6, 95, IP,
     ["use food cutting tools", "use food preparation techniques"], [], "knife skills,cookery",
     "Classic cuts, filleting, sharpening and safe knife handling in a professional kitchen."),
    ("ckc-professional-cookery-l2", "ckc", "Professional Cookery Level 2", I, 100, 1200, IP,
     ["use cooking techniques", "use food preparation techniques", "use culinary finishing techniques", "use reheating techniques", "work in a hospitality team"], [], "cookery,chef",
     "Practical chef training: stocks and sauces, meat, fish, vegetables, pastry and working on a busy service."),
    ("ckc-food-allergen-awareness", "ckc", "Food Allergen Awareness", F, 2, 0, ON,
     ["food allergies", "comply with food safety and hygiene"], [], "allergens,food safety",
     "The 14 major allergens, cross-contact and giving customers accurate allergen information."),
    ("ckc-kitchen-stock-and-costing", "ckc", "Kitchen Stock Control and Food Costing", I, None, None, BL,
     ["order supplies", "store raw food materials", "receive kitchen supplies", "control of expenses"], [], "stock,costing,kitchen",
     "Ordering, receiving and storing supplies, stock takes, menu costing and controlling kitchen expenses."),
    # ---------------- transversal / soft skills ----------------
    ("osc-effective-teamwork", "osc", "Effective Teamwork", F, 3, 0, ON,
     ["work in teams", "teamwork principles"], [], "teamwork,soft skills",
     "What makes teams work: roles, trust, communication and collaborating towards shared goals."),
    ("osc-communication-skills-at-work", "osc", "Communication Skills at Work", F, 4, 0, ON,
     ["communication", "adapt communication style according to recipient", "listen actively"], [], "communication,soft skills",
     "Clear speaking and writing, active listening and adapting your message to your audience."),
    ("osc-problem-solving-critical-thinking", "osc", "Problem Solving and Critical Thinking", F, 5, 0, ON,
     ["create solutions to problems", "think critically", "develop strategy to solve problems"], [], "problem solving,critical thinking",
     "Define problems, find root causes, evaluate options critically and choose a solution."),
    ("osc-time-management", "osc", "Time Management and Personal Productivity", F, 2, 0, ON,
     ["manage time"], [], "time management,productivity",
     "Prioritise, plan your week and beat procrastination."),
    ("osc-leadership-essentials", "osc", "Leadership Essentials", F, 6, 0, ON,
     ["leadership principles", "motivate employees", "give constructive feedback"], [], "leadership,soft skills",
     "A free starter course for new team leaders: leadership styles, motivating people and giving feedback."),
    ("osc-conflict-resolution", "osc", "Conflict Resolution", I, 4, 0, ON,
     ["resolve conflicts", "conflict management", "apply conflict management"], [], "conflict,soft skills",
     "Understand sources of conflict and use mediation-style conversations to resolve disagreements."),
    ("osc-presenting-with-confidence", "osc", "Presenting with Confidence", F, 3, 0, ON,
     ["present arguments persuasively", "prepare presentation material", "use presentation software"], ["Microsoft PowerPoint"], "presentation,soft skills",
     "Structure a talk, design simple slides in PowerPoint and deliver with confidence."),
    ("osc-adaptability-and-resilience", "osc", "Adaptability and Resilience", F, 2, 0, ON,
     ["adapt to change", "react calmly in stressful situations", "tolerate stress"], [], "resilience,adaptability",
     "Cope with change and pressure at work and bounce back from setbacks."),
    ("osc-digital-skills-for-work", "osc", "Digital Skills for Work", F, 6, 0, ON,
     ["have computer literacy", "use word processing software", "use spreadsheets software"], ["Microsoft Office software"], "digital skills,office",
     "Everyday computer skills: files and folders, email, word processing and a first look at spreadsheets."),
    ("osc-emotional-intelligence", "osc", "Emotional Intelligence at Work", I, 5, 0, ON,
     ["show empathy", "relate empathetically", "manage feedback"], [], "emotional intelligence,soft skills",
     "Self-awareness, empathy and handling feedback to build better working relationships."),
    ("osc-working-in-multicultural-teams", "osc", "Working in Multicultural Teams", F, 3, 0, ON,
     ["work in an international environment", "work in teams"], [], "diversity,teamwork",
     "Communicate and collaborate across cultures, languages and time zones."),
]

# Valid Achievements WITHOUT any alignment: skills must be inferred from title/description.
CREDS_NO_ALIGN = [
    ("osc-business-writing-email", "osc", "Business Writing and Email Etiquette", F, 3, 0, ON, "writing,email",
     "Write clear, professional business emails and letters. You will practise drafting corporate emails, structuring short "
     "work-related reports, proofreading for grammar and tone, and replying to customer correspondence politely and quickly."),
    ("fsc-safe-reversing-manoeuvring", "fsc", "Safe Reversing and Manoeuvring for Van and Lorry Drivers", F, 4, 75, IP, "driving,reversing",
     "Practical half-day for delivery van and lorry drivers: reversing with mirrors and a banksman, parallel parking, "
     "manoeuvring in tight yards, using GPS navigation to plan delivery routes and reading maps when the sat nav fails."),
    ("chb-python-automation", "chb", "Automate Everyday Tasks with Python", I, 16, 180, ON, "python,automation",
     "Use Python scripting to automate boring office work: read and write Excel spreadsheets and CSV files, rename files in bulk, "
     "call web APIs, and schedule scripts. Assumes you know Python basics such as loops and functions."),
    ("cpt-nutrition-hydration-care", "cpt", "Nutrition and Hydration in Care", F, 3, 25, ON, "nutrition,care",
     "For care workers: support people to eat and drink well, monitor service users' health and weight, record food and fluid "
     "intake, follow food hygiene and safety rules when preparing meals, and report concerns about malnutrition or dehydration."),
    ("lfa-credit-control-collections", "lfa", "Credit Control and Collections", I, 8, 140, ON, "credit control,accounts receivable",
     "Manage accounts receivable: raise invoices, keep client debt records, chase overdue payments by telephone and email, "
     "negotiate payment plans with customers and report aged debt to the finance manager."),
]

# Which credentials deliberately omit hours/cost (valid but incomplete) -> derived from the bank (None values).

# Deliberately INVALID openbadges files: (file slug, reason)
INVALID_OB3 = [
    ("chb-node-backend-draft", "not valid JSON (export truncated mid-object: missing closing brackets/braces)"),
    ("rcfe-retail-maths", "Achievement has no \"name\" property"),
    ("osc-growth-mindset", "only alignment has targetUrl \"http://example.org/skill/123\" which is not an ESCO skill URI (no other alignments)"),
    ("fsc-first-aid-at-work-refresher", "negative estimatedHours (-6)"),
    ("bca-live-chat-support", "wrong type: an OpenBadgeCredential (type VerifiableCredential/OpenBadgeCredential) whose credentialSubject has no achievement"),
]

# --------------------------------------------------------------------------------------
# Open Badges 2.0 BadgeClasses
# (slug, provider, title, level, hours, cost, format, [ESCO labels], description, criteria_is_url)
# --------------------------------------------------------------------------------------
OB2 = [
    ("rcfe-ob2-first-aid-at-work", "rcfe", "First Aid at Work", I, 18, 210, IP,
     ["provide first aid", "first aid"],
     "Three-day First Aid at Work course: CPR, wounds and bleeding, burns, fractures and managing an incident.", False),
    ("bca-ob2-customer-care-skills", "bca", "Customer Care Skills", F, 6, 0, ON,
     ["customer service", "communicate with customers"],
     "Legacy badge for customer care: understanding customer needs, communicating clearly and resolving problems.", True),
    ("rcfe-ob2-spreadsheet-skills-l1", "rcfe", "Spreadsheet Skills Level 1", F, 10, 0, IP,
     ["use spreadsheets software"],
     "Entry-level spreadsheet skills: entering data, simple formulas, formatting and printing.", False),
    ("pfl-ob2-team-leading-l2", "pfl", "Team Leading Level 2", I, 20, 280, BL,
     ["leadership principles", "work in teams", "motivate employees"],
     "Team leading for first-line supervisors: planning work, motivating the team and communicating with colleagues.", False),
    ("ckc-ob2-safe-food-handling", "ckc", "Safe Food Handling", F, 3, 15, ON,
     ["food hygiene rules", "comply with food safety and hygiene"],
     "Short badge covering safe food handling, storage temperatures and personal hygiene.", True),
]

# --------------------------------------------------------------------------------------
# courses.csv rows. skills: ESCO preferred labels (written as URIs) or "onet:<technology name>"
# (id, title, provider, description, hours, cost, currency, level, format, url, [skills])
# --------------------------------------------------------------------------------------
COURSES = [
    ("CRS-001", "Excel Basics for Office Work", "City Adult Learning Service",
     "Evening class covering spreadsheets, formulas, charts and printing, for adults returning to office work.", 12, "0", "GBP", F, IP,
     "https://cityadultlearning.example/courses/excel-basics", ["use spreadsheets software", "onet:Microsoft Excel"]),
    ("CRS-002", "Introduction to SQL Databases", "Northbridge Digital Academy",
     "Tables, keys, SELECT queries and joins; no prior experience needed.", 15, "95", "GBP", F, ON,
     "https://northbridge-academy.example/courses/intro-sql", ["SQL", "use databases"]),
    ("CRS-003", "Tableau Desktop Specialist Exam Prep", "Lakeshore Community College",
     "Prepare for the Tableau Desktop Specialist exam: connecting data, building views, dashboards and sharing.", 20, "250", "USD", I, ON,
     "https://lakeshore-cc.example/ce/tableau-specialist", ["onet:Tableau", "deliver visual presentation of data"]),
    ("CRS-004", "Health and Safety in the Workplace, Level 2", "Riverside College of Further Education",
     "Hazards, risk assessment, manual handling, fire safety and reporting accidents. Suitable for all sectors.", 6, "30", "GBP", F, BL,
     "https://riverside-college.example/courses/health-safety-l2", ["health and safety in the workplace"]),
    ("CRS-005", "Customer Complaints: Turning Them Around", "Brightside Contact Centre Academy",
     "Learn to handle customer complaints calmly, listen actively to the caller, show empathy, resolve the problem and follow up so the customer stays loyal.", 4, "60", "EUR", I, ON,
     "https://brightside-cca.example/courses/complaints", []),
    ("CRS-006", "Counterbalance Forklift Refresher", "Freightline Skills Council",
     "One-day refresher for experienced operators: pre-use inspection, load handling and a practical re-assessment.", 7, "160", "GBP", I, IP,
     "https://freightline-skills.example/courses/forklift-refresher", ["operate forklift", "conduct forklift inspections"]),
    ("CRS-007", "Dementia Care Practice", "CarePath Training Partnership",
     "Person-centred dementia care, communication, distressed behaviour and supporting families.", 12, "90", "GBP", I, BL,
     "https://carepath-training.example/courses/dementia-practice", ["older adults' needs", "apply person-centred care", "support social service users with specific communication needs"]),
    ("CRS-008", "Docker and Containers Crash Course", "Nimbus Cloud Academy",
     "Build, run and ship containers; compose multi-container apps and push images to a registry.", 8, "49", "USD", F, ON,
     "https://academy.nimbuscloud.example/courses/docker-crash", ["onet:Docker", "onet:Kubernetes", "deploy cloud resource"]),
    ("CRS-009", "Payroll with Sage 50", "LedgerLine Finance Academy",
     "Set up employees, run weekly and monthly payroll, pensions auto-enrolment and RTI submissions in Sage 50.", 10, "140", "GBP", I, ON,
     "https://ledgerline.example/courses/sage-payroll", ["manage payroll", "onet:Sage 50 Accounting"]),
    ("CRS-010", "Social Media Marketing for Small Businesses", "Marketing Guild Online",
     "Plan a social media marketing calendar, create engaging posts for Instagram, Facebook and LinkedIn, run small paid campaigns and measure results with analytics.", 9, "79", "USD", F, ON,
     "https://marketingguild.example/courses/social-small-business", []),
    ("CRS-011", "From Barista to Kitchen: Basic Cookery", "Copper Kettle Culinary School",
     "Hands-on basic cookery for hospitality staff moving into the kitchen: prep, cooking methods and plating.", 30, "220", "EUR", F, IP,
     "https://copperkettle-culinary.example/courses/basic-cookery", ["use cooking techniques", "use food preparation techniques"]),
    ("CRS-012", "Team Leader Essentials (Level 3)", "Riverside College of Further Education",
     "Leadership styles, motivating your team, delegation and giving feedback; suitable for new supervisors.", 24, "395", "GBP", I, BL,
     "https://riverside-college.example/courses/team-leader-l3", ["leadership principles", "motivate employees", "give constructive feedback"]),
    ("CRS-013", "Medication Awareness for Carers", "CarePath Training Partnership",
     "Safe handling of medicines in care settings, MAR charts and reporting errors.", 6, "free?", "GBP", F, ON,
     "https://carepath-training.example/courses/medication-awareness", ["administer prescribed medication"]),
    ("CRS-014", "Warehouse Pick & Pack Fundamentals", "Institute for Supply & Logistics Practice",
     "Order picking methods, packing to prevent damage, labelling and despatch checks.", 6, "0", "EUR", F, IP,
     "https://islp.example/courses/pick-pack", ["pick orders for dispatching", "check for damaged items", "load products for dispatch"]),
    ("CRS-015", "Python for Finance", "LedgerLine Finance Academy",
     "Use Python, pandas and Jupyter to automate financial analysis, build projections and chart results.", 20, "300", "USD", I, ON,
     "https://ledgerline.example/courses/python-finance", ["Python (computer programming)", "prepare financial projections", "onet:Python"]),
    ("CRS-016", "Network+ Exam Preparation", "SecureStack Networking & Security Institute",
     "Vendor-neutral networking certification prep: topologies, IP addressing, routing, wireless, security and troubleshooting.", 45, "399", "USD", I, ON,
     "https://securestack.example/courses/network-plus", ["ICT network routing", "design computer network", "maintain internet protocol configuration"]),
    ("CRS-017", "Recruitment Interviewing \"Masterclass\"", "PeopleFirst HR Learning",
     "Structured interviewing, note taking and avoiding bias; half-day masterclass.", 4, "120", "GBP", A, IP,
     "https://peoplefirst-hr.example/courses/interviewing-masterclass", ["interview people", "document interviews"]),
    ("CRS-018", "Budgeting and Forecasting for Managers", "Delivery Lab Project School",
     "Build and manage a departmental budget, forecast spend and explain variances, using Excel templates.", 8, "180", "EUR", I, ON,
     "https://deliverylab.example/courses/budgeting-forecasting", ["manage budgets", "financial forecasting", "onet:Microsoft Excel"]),
]
COURSES_BAD_ROW = "CRS-013"   # cost "free?"

# --------------------------------------------------------------------------------------
# CTDL JSON-LD
# --------------------------------------------------------------------------------------
CTDL_ORGS = {
    "freightline": ("Freightline Skills Council", "https://freightline-skills.example"),
    "lakeshore": ("Lakeshore Community College", "https://lakeshore-cc.example"),
    "meadowvale": ("Meadowvale NHS Foundation Trust - Learning & Development", "https://learning.meadowvale-nhs.example"),
    "nimbus": ("Nimbus Cloud Academy", "https://academy.nimbuscloud.example"),
    "ledgerline": ("LedgerLine Finance Academy", "https://ledgerline.example"),
}
# (file, type, name, name_as_langmap, org, hours, price, currency, [ESCO labels], description, desc_langmap)
CTDL_ITEMS = [
    ("ctdl-course-warehouse-safety-induction", "ceterms:Course", "Warehouse Safety Induction", False, "freightline", 8, 95.0, "GBP",
     ["health and safety in the workplace", "lift heavy weights", "safety regulations for warehouses"],
     "One-day induction for new warehouse staff: site rules, manual handling, pedestrian and vehicle segregation, racking safety and reporting hazards.", False),
    ("ctdl-certificate-applied-data-analytics", "ceterms:Certificate", "Certificate in Applied Data Analytics", True, "lakeshore", 120, 1450.0, "USD",
     ["SQL", "data mining", "apply statistical analysis techniques", "deliver visual presentation of data", "perform data cleansing"],
     "A 12-week certificate for career changers covering SQL, data cleaning, statistics, data mining and dashboard visualisation, ending with a capstone project for a local employer.", True),
    ("ctdl-learningopp-devops-on-cloud", "ceterms:LearningOpportunityProfile", "DevOps on the Cloud", False, "nimbus", 40, 600.0, "USD",
     ["DevOps", "automate cloud tasks", "Jenkins (tools for software configuration management)", "deploy cloud resource"],
     "Instructor-led programme on continuous integration and delivery pipelines, infrastructure automation and deployment to cloud platforms.", False),
    ("ctdl-course-bookkeeping-payroll", "ceterms:Course", "Bookkeeping and Payroll for Small Business", True, "ledgerline", 20, 180.0, "EUR",
     ["use accounting systems", "manage payroll", "maintain financial records"],
     "Keep the books of a small business in accounting software and run a simple payroll, including statutory deductions and year-end.", True),
]
CTDL_GRAPH = ("ctdl-graph-clinical-skills-bundle", "meadowvale", [
    ("Venepuncture Skills for Healthcare Support Workers", 7, 120.0, "GBP",
     ["perform venepuncture procedures", "take blood samples", "label blood samples"],
     "Theory and supervised practice of venepuncture, sample labelling and transport for healthcare support workers and student nurses."),
    ("Wound Care Essentials", 6, 90.0, "GBP",
     ["carry out wound care", "infection control"],
     "Wound assessment, aseptic technique, choosing dressings and documenting wound care."),
])

# --------------------------------------------------------------------------------------
# Learner banks
# --------------------------------------------------------------------------------------
ESCO_OCC = {  # ESCO v1.1.1 occupation URIs (looked up in occupations_en.csv)
    "software developer": "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
    "data analyst": "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
    "data scientist": "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30",
    "web developer": "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d",
    "cloud engineer": "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e",
    "ICT network administrator": "http://data.europa.eu/esco/occupation/81480b40-a318-47f3-9b2c-56b69ed67d95",
    "database administrator": "http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc",
    "ICT security engineer": "http://data.europa.eu/esco/occupation/0ce5a9f4-e00a-4bbe-b255-3c63407167a4",
    "nurse responsible for general care": "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50",
    "pharmacy technician": "http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210",
    "care at home worker": "http://data.europa.eu/esco/occupation/f4525ed8-54eb-4a3b-90db-55cc01b0d9fd",
    "shop assistant": "http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2",
    "retail department manager": "http://data.europa.eu/esco/occupation/a79d9e58-36be-4e67-a4db-ea6c8ff445fc",
    "warehouse worker": "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
    "cargo vehicle driver": "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4",
    "logistics and distribution manager": "http://data.europa.eu/esco/occupation/823db06f-25e1-4658-b063-d6ef956b41f5",
    "accountant": "http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897",
    "financial analyst": "http://data.europa.eu/esco/occupation/8d586ee9-0ab1-4155-a3b0-2ca786c8e48c",
    "bookkeeper": "http://data.europa.eu/esco/occupation/c3aae59e-1441-4b3e-bdd1-6da50dc7cf42",
    "call centre agent": "http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19",
    "human resources officer": "http://data.europa.eu/esco/occupation/d3e32e5e-7f24-48e3-b939-e4f800eb62fb",
    "marketing manager": "http://data.europa.eu/esco/occupation/6fcf4638-e7c7-4978-9302-9a7b63a3d57c",
    "ICT project manager": "http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525",
    "cook": "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e",
}
ONET_SOC = {  # O*NET-SOC 29.2 codes used in targetRole (title from Occupation Data.txt)
    "15-2051.00": "Data Scientists", "15-1244.00": "Network and Computer Systems Administrators",
    "15-1212.00": "Information Security Analysts", "29-1141.00": "Registered Nurses",
    "31-1122.00": "Personal Care Aides", "53-7062.00": "Laborers and Freight, Stock, and Material Movers, Hand",
    "53-3032.00": "Heavy and Tractor-Trailer Truck Drivers", "13-2011.00": "Accountants and Auditors",
    "43-3031.00": "Bookkeeping, Accounting, and Auditing Clerks", "13-1071.00": "Human Resources Specialists",
    "11-2021.00": "Marketing Managers", "35-2014.00": "Cooks, Restaurant", "29-2052.00": "Pharmacy Technicians",
    "15-1254.00": "Web Developers",
}

# Background job types for CV generation: employers + bullet bank.
JOBS = {
    "retail": (["Sainsway Supermarkets", "HomeStyle Stores", "Brightmart", "Fashion Republic", "CityFresh Express"], [
        "Served up to 300 customers a day on the tills and self-checkout area",
        "Handled cash and card payments, refunds and exchanges accurately",
        "Replenished shelves and rotated stock to reduce waste",
        "Set up promotional displays following planograms",
        "Dealt with customer queries and complaints politely and escalated when needed",
        "Took part in stock counts and delivery unloading",
        "Trained new starters on till procedures",
        "Kept the shop floor clean, safe and tidy",
        "Recorded daily sales figures in an Excel sheet for the store manager",
    ]),
    "retail_supervisor": (["Sainsway Supermarkets", "HomeStyle Stores", "Brightmart", "Fashion Republic"], [
        "Supervised a team of 8-12 sales assistants across early and late shifts",
        "Planned weekly rotas and covered absence at short notice",
        "Opened and closed the store, including cashing up and banking",
        "Tracked department sales against weekly targets and briefed the team each morning",
        "Resolved escalated customer complaints and authorised refunds",
        "Coached new colleagues on product knowledge and customer service",
        "Managed deliveries, stock rotation and gap checks",
        "Led seasonal floor resets and promotional changes",
        "Built a simple Excel tracker for waste and markdowns",
    ]),
    "care": (["Sunrise Home Care", "Hearthside Care Services", "Willow Lodge Care Home", "Kindred Homecare Ltd"], [
        "Provided personal care to older adults in their own homes, including washing, dressing and continence care",
        "Prompted and recorded medication using MAR charts",
        "Supported clients living with dementia with patience and reassurance",
        "Prepared meals and drinks and monitored food and fluid intake",
        "Used hoists and slide sheets following moving and handling plans",
        "Reported changes in clients' health to the care coordinator and family",
        "Completed daily care notes on a mobile care app",
        "Helped clients to stay independent, e.g. shopping and attending appointments",
        "Recognised and reported a safeguarding concern following local procedures",
    ]),
    "hca": (["St Anne's Hospital", "Meadowvale General Hospital", "Northgate Community Hospital"], [
        "Took and recorded clinical observations (blood pressure, pulse, temperature, SpO2) and escalated NEWS2 scores",
        "Assisted nurses with personal care, mobility and nutrition for up to 8 patients",
        "Followed infection prevention procedures including hand hygiene and PPE",
        "Completed fluid balance charts and intentional rounding",
        "Supported patients and relatives during end-of-life care",
        "Performed venepuncture after completing competency training",
        "Restocked clinical areas and checked emergency equipment",
        "Helped admit and discharge patients on a busy surgical ward",
    ]),
    "nurse": (["St Luke's Medical Center", "Meadowvale General Hospital", "Riverside Nursing Home"], [
        "Delivered nursing care to up to 10 patients per shift on an acute medical ward",
        "Administered oral, IV and subcutaneous medication and monitored for side effects",
        "Performed wound assessment and dressings, cannulation and catheter care",
        "Planned, implemented and evaluated individual care plans",
        "Handed over using SBAR and documented care in the electronic patient record",
        "Supervised healthcare assistants and mentored student nurses",
        "Responded to deteriorating patients and cardiac arrests as part of the team",
    ]),
    "pharmacy": (["WellCare Pharmacy", "Green Cross Chemists", "Boulevard Pharmacy Group", "Farmacia Central"], [
        "Served customers at the pharmacy counter and handed out prescriptions",
        "Assembled and labelled dispensed medicines under the pharmacist's supervision",
        "Received deliveries, checked expiry dates and rotated stock",
        "Monitored fridge temperatures and kept the cold chain log",
        "Answered telephone queries and ordered repeat prescriptions for patients",
        "Gave advice on over-the-counter products and referred to the pharmacist",
        "Kept controlled drugs and patient records up to date",
    ]),
    "warehouse": (["ParcelPoint Logistics", "Northway Distribution", "Crate & Carry Fulfilment", "Kinetic 3PL"], [
        "Picked and packed 150+ orders per shift using a handheld RF scanner",
        "Unloaded deliveries, checked goods against paperwork and reported damages",
        "Operated a counterbalance forklift and pallet trucks",
        "Wrapped, labelled and staged pallets for despatch",
        "Carried out cycle counts and reported stock discrepancies",
        "Followed health and safety rules and kept aisles clear",
        "Helped train agency staff during peak season",
        "Loaded trailers in drop order to meet departure times",
    ]),
    "vandriver": (["Swift Parcel Services", "GreenMile Deliveries", "Northway Distribution"], [
        "Delivered 90-120 parcels a day on multi-drop routes",
        "Planned routes with a sat nav and a handheld delivery app",
        "Carried out daily walk-round checks on a 3.5 t van and reported defects",
        "Loaded the van in drop order and secured goods to prevent damage",
        "Collected returns and proof of delivery signatures",
        "Maintained a clean driving record and excellent customer feedback",
        "Handled customer queries and failed deliveries politely on the doorstep",
    ]),
    "driver": (["TransEuro Haulage", "Northway Distribution", "Atlas Freight Forwarding"], [
        "Drove articulated vehicles (Cat C+E) on UK and European trunking routes",
        "Carried out daily walk-round vehicle checks and reported defects",
        "Supervised loading and secured loads with straps, bars and netting",
        "Kept accurate digital tachograph records and complied with drivers' hours rules",
        "Coupled and uncoupled trailers safely, including curtain-siders and fridges",
        "Completed CMR and customs paperwork for cross-border journeys",
        "Maintained a clean driving record with no accidents or infringements",
        "Used a telematics unit and GPS to plan routes and report delays to the traffic office",
    ]),
    "logistics": (["Northway Distribution", "Kinetic 3PL", "TransEuro Haulage", "Atlas Freight Forwarding"], [
        "Planned daily transport for a fleet of 25 vehicles",
        "Liaised with hauliers, freight forwarders and customers on bookings and delays",
        "Managed a shift of 30 warehouse operatives across goods-in and despatch",
        "Reported KPIs (on-time delivery, pick accuracy, cost per case) to senior management",
        "Led a 5S and layout project that cut picking travel time by 15%",
        "Prepared customs and shipping documents for EU exports",
        "Handled health and safety audits and accident investigations",
        "Used SAP and a WMS to track inventory and orders",
    ]),
    "callcentre": (["ConnectPlus Contact Centres", "Telvia Mobile", "Brightside Energy", "Harbour Insurance"], [
        "Handled 60-80 inbound calls a day about billing, orders and faults",
        "Logged every contact and case in the CRM",
        "Resolved complaints at first contact where possible",
        "Consistently met average handle time and quality targets",
        "Answered web chat and email queries alongside calls",
        "Identified opportunities to upgrade customers and met sales targets",
        "Processed payments and set up payment plans",
    ]),
    "admin": (["Harlow & Co Solicitors", "Greenfield Estates", "Castle Building Supplies", "City Council"], [
        "Managed the office diary, booked meetings and took minutes",
        "Entered supplier invoices and raised sales invoices",
        "Maintained spreadsheets and filing systems",
        "Answered phones and dealt with email enquiries",
        "Ordered office supplies within budget",
        "Prepared letters and reports in Word",
        "Reconciled petty cash each month",
    ]),
    "accounts": (["Castle Building Supplies", "Marlow Accountants LLP", "Greenfield Estates", "Harbour Insurance"], [
        "Processed purchase invoices and supplier payments",
        "Performed weekly bank reconciliations in Sage",
        "Prepared quarterly VAT returns for review",
        "Posted month-end journals, accruals and prepayments",
        "Chased overdue customer accounts and updated the aged debt report",
        "Supported the year-end audit with schedules and reconciliations",
        "Built Excel templates with pivot tables for management reports",
    ]),
    "finance": (["Harbour Insurance", "Marlow Accountants LLP", "Ashford Capital", "Northway Distribution"], [
        "Prepared monthly management accounts and variance commentary",
        "Built a rolling 12-month cash flow forecast in Excel",
        "Analysed gross margin by product line and presented findings to the board",
        "Led the annual budgeting process for four departments",
        "Prepared statutory accounts under FRS 102",
        "Automated reporting with Power Query and Power BI",
    ]),
    "dev": (["Pixelworks Studio", "Ledgerly Software", "BrightPath Digital", "Orbit Apps Ltd"], [
        "Built and maintained features in a Java/Spring web application",
        "Wrote unit and integration tests and fixed production bugs",
        "Used Git and pull requests in a team of six developers",
        "Took part in sprint planning, stand-ups and retrospectives",
        "Built responsive pages with HTML, CSS and JavaScript",
        "Integrated third-party REST APIs for payments and maps",
        "Improved page load time by 40% by optimising images and queries",
        "Documented APIs and wrote README guides for new starters",
    ]),
    "itsupport": (["Castle IT Services", "City Council", "Meadowvale General Hospital", "Orbit Apps Ltd"], [
        "Resolved 1st and 2nd line tickets for 400 users",
        "Set up laptops, user accounts and permissions in Active Directory",
        "Troubleshot network, printer and VPN issues",
        "Patched Windows servers and managed backups",
        "Wrote knowledge-base articles for common problems",
        "Supported an Office 365 migration project",
        "Configured switches and Wi-Fi access points",
    ]),
    "sysadmin": (["Castle IT Services", "Harbour Insurance", "Ledgerly Software"], [
        "Administered 60 Linux and Windows servers",
        "Automated routine tasks with Bash and PowerShell scripts",
        "Configured firewalls, VLANs and site-to-site VPNs",
        "Monitored systems with Nagios and responded to incidents",
        "Migrated on-premise file servers to cloud storage",
        "Managed backups and tested disaster recovery",
    ]),
    "data": (["Ledgerly Software", "Harbour Insurance", "CityFresh Express", "Ashford Capital"], [
        "Built weekly sales dashboards and KPI reports",
        "Wrote SQL queries to extract data from the data warehouse",
        "Cleaned and merged data from multiple spreadsheets",
        "Presented insights to managers in plain English",
        "Maintained ETL jobs and documented data definitions",
        "Automated a manual Excel report, saving 6 hours a week",
    ]),
    "research": (["University of Westbrook", "Institute of Applied Physics", "Nordic Climate Lab"], [
        "Analysed large experimental datasets in Python (NumPy, pandas, SciPy)",
        "Designed experiments and applied statistical tests",
        "Wrote and published peer-reviewed papers",
        "Presented results at international conferences",
        "Supervised undergraduate projects",
        "Managed research data in line with FAIR principles",
    ]),
    "hospitality": (["Bean There Coffee", "The Red Lion", "Harbour View Hotel", "Pizza Piazza"], [
        "Served customers in a busy café and made barista coffee",
        "Handled cash, card payments and the end-of-day till report",
        "Followed food hygiene rules and cleaning schedules",
        "Dealt with customer complaints calmly",
        "Trained new staff on the coffee machine and menu",
        "Worked as part of a small team during busy weekend shifts",
    ]),
    "kitchen": (["The Red Lion", "Harbour View Hotel", "Trattoria Bella", "Green Leaf Canteen", "Burger Barn"], [
        "Prepared vegetables, sauces and garnishes for a 120-cover restaurant",
        "Cooked on the grill and fryer sections during service",
        "Followed HACCP records: fridge temperatures, cooling and probe checks",
        "Received deliveries, checked quality and rotated stock",
        "Kept the kitchen clean and followed the cleaning rota",
        "Helped the head chef with menu costing and ordering",
        "Washed up and kept equipment in good order",
    ]),
    "marketing": (["BrightPath Digital", "Fashion Republic", "Ashford Capital", "GreenMile Deliveries"], [
        "Planned and scheduled social media content across four channels",
        "Ran paid search and social campaigns with a monthly budget of GBP 8,000",
        "Reported campaign KPIs using Google Analytics",
        "Wrote blog posts, newsletters and product copy",
        "Coordinated agencies and freelancers on brand campaigns",
        "Ran customer surveys and competitor research",
        "Managed the annual marketing plan and budget",
    ]),
    "hr": (["Harbour Insurance", "City Council", "Northway Distribution"], [
        "Coordinated recruitment campaigns from advert to offer",
        "Scheduled interviews and prepared interview packs",
        "Prepared contracts and onboarding documents",
        "Maintained HR records in the HR system and kept data confidential",
        "Supported managers with absence and disciplinary processes",
        "Processed starters, leavers and changes for payroll",
    ]),
    "pm": (["Ledgerly Software", "Telvia Mobile", "City Council", "Orbit Apps Ltd"], [
        "Coordinated a 9-month CRM implementation across three departments",
        "Maintained project plans, RAID logs and status reports",
        "Facilitated sprint ceremonies for two agile teams",
        "Managed a project budget of GBP 450k and supplier contracts",
        "Gathered and documented business requirements",
        "Ran user acceptance testing and go-live planning",
    ]),
    "telecom": (["Telvia Mobile", "Westnet Telecom"], [
        "Planned and rolled out 4G/5G radio sites",
        "Managed subcontractor teams and site surveys",
        "Owned a capital budget for network upgrades",
        "Reported progress to regional management",
    ]),
    "military": (["British Army, Royal Corps of Signals"], [
        "Deployed and secured tactical communications networks",
        "Monitored network security events and responded to incidents",
        "Held SC security clearance",
        "Led a team of four signallers",
    ]),
    "teaching": (["Westbrook Academy", "St Mary's Primary School"], [
        "Taught maths to classes of 30 students aged 11-16",
        "Tracked pupil progress data in spreadsheets and reported to heads of year",
        "Planned lessons and differentiated for mixed ability groups",
        "Ran after-school clubs and parent evenings",
    ]),
    "cleaning": (["Sparkle Cleaning Services", "Hearthside Care Services"], [
        "Cleaned offices and private homes to a high standard",
        "Followed COSHH rules for cleaning chemicals",
        "Worked independently and managed my own schedule",
    ]),
    "design": (["BrightPath Digital", "Studio Nine Design"], [
        "Designed social graphics, web banners and print material",
        "Created website mock-ups in Figma",
        "Edited HTML/CSS email templates",
        "Worked with developers to hand over designs",
    ]),
    "factory": (["Meridian Foods", "Plastica Packaging"], [
        "Packed products on a fast-moving production line",
        "Carried out quality checks and rejected faulty items",
        "Kept production records and followed hygiene rules",
    ]),
    "zoo": (["Westbrook Wildlife Park"], [
        "Cared for reptiles and birds of prey, including feeding and cleaning enclosures",
        "Gave daily talks and flying displays to visitors",
        "Followed strict health and safety and animal welfare procedures",
    ]),
    "student": (["Riverside College of Further Education"], [
        "Volunteered at the college open days guiding visitors",
        "Group project: planned and ran a charity bake sale",
    ]),
}

EDU = {
    "gcse": "GCSEs (9 incl. English and Maths), Westbrook High School",
    "gcse_low": "GCSEs incl. English (grade 4) and Maths (grade 4), Northgate Academy",
    "alevels": "A-levels: Maths, Economics, Geography, Riverside Sixth Form",
    "btec_business": "BTEC Level 3 Extended Diploma in Business, Riverside College",
    "bsc_cs": "BSc (Hons) Computer Science, 2:1, University of Westbrook",
    "bsc_maths": "BSc (Hons) Mathematics, First, University of Northgate",
    "msc_physics": "MSc Physics (Distinction), University of Westbrook; BSc Physics, University of Kerala",
    "ba_business": "BA (Hons) Business Management, 2:1, Northgate University",
    "ba_marketing": "BA (Hons) Marketing, 2:1, University of Westbrook",
    "nvq_care": "Level 2 Diploma in Care, CarePath Training Partnership",
    "bsn_ph": "Bachelor of Science in Nursing, University of Santo Tomas (Philippines); NMC registration in progress",
    "nursing_lapsed": "BSc Nursing (Adult), University of Northgate, 2006; NMC registration lapsed 2017",
    "aat": "AAT Level 3 Diploma in Accounting",
    "acca_part": "ACCA - 9 of 13 exams passed",
    "bsc_accounting": "BSc Accounting and Finance, University of Westbrook",
    "bsc_it": "HND Computing and Networking, Northgate College",
    "bootcamp": "Full-Stack Web Development Bootcamp (12 weeks), CodeHarbour",
    "msc_data": "MSc Data Science, University of Northgate",
    "laurea": "Laurea in Economia (Bachelor's in Economics), Università di Bologna",
    "licence_fr": "Licence Logistique et Transport, Université Lyon 2",
    "pl_tech": "Technikum Logistyczne (vocational secondary school, logistics), Poznań",
    "pl_it": "Technikum Informatyczne (IT technician diploma), Krakow",
    "bsc_pharm_es": "Técnico en Farmacia y Parafarmacia, IES Severo Ochoa, Madrid",
    "pgce": "PGCE Secondary Mathematics; BSc Mathematics, University of Northgate",
    "army": "BTEC Level 3 in ICT Systems Support (Army apprenticeship)",
    "city_guilds_chef": "City & Guilds Level 1 Introduction to Professional Cookery",
    "none": None,
}

CITIES = ["Manchester", "Leeds", "Birmingham", "Bristol", "Sheffield", "Nottingham", "Liverpool", "Glasgow",
          "Cardiff", "Newcastle upon Tyne", "Leicester", "Coventry", "Reading", "Brighton", "Dublin"]

# Personas. cv: None (no CV) or dict(enc, crlf, name[optional file name], missing[bool])
#   enc: utf8 | utf8bom | cp1252 | utf16 | badutf8
# jobs: [(title, jobtype, "start", "end")]   (employer chosen from the job type bank by the seeded RNG)
def P(lid, name, target, occ, declared, badges, cv, profile=None, jobs=(), edu=(), city=None, extra=None):
    return dict(learnerId=lid, name=name, targetRole=target, occ=occ, declared=list(declared), badges=list(badges),
                cv=cv, profile=profile, jobs=list(jobs), edu=list(edu), city=city, extra=extra or [])

U8 = {"enc": "utf8", "crlf": False}
U8CRLF = {"enc": "utf8", "crlf": True}

PERSONAS = [
    P("L001", "Aisha Rahman", "junior data analyst", "data analyst",
      ["MS Excel", "pivot tables", "vlookup", "customer service", "team player"], ["nda-excel-for-data-analysis"], U8,
      "Retail supervisor with six years' experience who has become the go-to person for sales spreadsheets in my store. I want to move into a junior data analyst role and am teaching myself SQL in the evenings.",
      [("Retail Supervisor", "retail_supervisor", "2021", "present"), ("Sales Assistant", "retail", "2018", "2021")],
      ["btec_business", "gcse"]),
    P("L002", "Tom Whitfield", "Data Analyst", "data analyst",
      ["Excel", "SQL (basic)", "Power BI", "attention to detail"], ["nda-sql-for-data-analysis"], U8,
      "Accounts assistant who enjoys the reporting side of finance more than the bookkeeping. Built Power BI reports for our finance team and completed an SQL course.",
      [("Accounts Assistant", "accounts", "2020", "present"), ("Office Administrator", "admin", "2017", "2020")],
      ["aat", "alevels"]),
    P("L003", "Priya Nair", "15-2051.00", "data scientist",
      ["Python", "R", "statistics", "machine learning", "LaTeX"], ["nda-python-foundations", "nda-statistics-essentials"], U8,
      "Physics researcher with strong programming and statistics skills, moving from academia into industry data science.",
      [("Postdoctoral Research Assistant", "research", "2021", "present"), ("PhD Researcher", "research", "2017", "2021")],
      ["msc_physics"]),
    P("L004", "Lukas Becker", ESCO_OCC["data scientist"], "data scientist",
      ["SQL", "Tableau", "Python", "ETL"], ["nda-data-visualisation-tableau", "nda-advanced-sql-analytics"], U8CRLF,
      "BI developer with five years of SQL, ETL and Tableau experience who wants to grow into machine learning and data science.",
      [("BI Developer", "data", "2020", "present"), ("Junior Data Analyst", "data", "2018", "2020")],
      ["bsc_maths"]),
    P("L005", "Chloe Martin", "front end developer", "web developer",
      ["HTML", "CSS", "Figma", "Photoshop", "a bit of JavaScript"], ["chb-html-css-foundations"], U8,
      "Graphic designer who keeps ending up editing the website. I want to become a front end developer and build the things I design.",
      [("Graphic Designer", "design", "2019", "present"), ("Marketing Assistant", "marketing", "2017", "2019")],
      ["ba_marketing"]),
    P("L006", "Daniel Okafor", "Software Engineer (Java)", "software developer",
      ["java", "git", "linux", "troubleshooting"], ["chb-java-programming-fundamentals", "chb-git-version-control"], U8,
      "IT support analyst who has been writing Java tools for our team for two years and wants a full-time software engineering role.",
      [("IT Support Analyst", "itsupport", "2019", "present"), ("IT Apprentice", "itsupport", "2017", "2019")],
      ["bsc_it"]),
    P("L007", "Sofia Rossi", "junior software developer", "software developer",
      ["Python", "JavaScript", "React", "teamwork", "problem solving"], ["nda-python-foundations", "chb-javascript-essentials"],
      {"enc": "utf8bom", "crlf": False},
      "Career changer from hospitality. Completed a 12-week full-stack bootcamp and built three portfolio projects; looking for a junior developer role.",
      [("Bootcamp Student", "dev", "2024", "2025"), ("Barista / Shift Lead", "hospitality", "2019", "2024")],
      ["bootcamp", "laurea"]),
    P("L008", "Ben Carter", "web developer", "web developer",
      ["WordPress", "PHP", "SEO", "CSS"], ["chb-wordpress-site-building"], U8,
      "Freelance WordPress developer for local businesses, wanting to join an agency as a web developer and learn modern JavaScript frameworks.",
      [("Freelance WordPress Developer", "dev", "2020", "present"), ("Sales Assistant", "retail", "2017", "2020")],
      ["btec_business"]),
    P("L009", "Mei Chen", "Cloud Engineer (AWS)", "cloud engineer",
      ["Linux", "AWS", "bash scripting", "Docker"], ["nca-cloud-fundamentals", "nca-linux-administration"], U8,
      "Systems administrator looking after Linux servers who has migrated several workloads to AWS and wants to specialise as a cloud engineer.",
      [("Systems Administrator", "sysadmin", "2019", "present"), ("IT Support Technician", "itsupport", "2016", "2019")],
      ["bsc_cs"]),
    P("L010", "Kwame Mensah", "cloud infrastructure engineer", "cloud engineer",
      ["networking", "Cisco", "Azure", "Kubernetes"], ["nca-kubernetes-fundamentals", "ssi-network-fundamentals"], U8,
      "Network engineer with Azure experience who wants to work on cloud infrastructure and containers.",
      [("Network Engineer", "sysadmin", "2020", "present"), ("IT Support Technician", "itsupport", "2017", "2020")],
      ["bsc_it"]),
    P("L011", "Hannah Price", "network administrator", "ICT network administrator",
      ["Windows Server", "Active Directory", "TCP/IP", "customer service"], ["ssi-network-fundamentals"], U8CRLF,
      "Second-line support analyst who wants to move into network administration.",
      [("2nd Line Support Analyst", "itsupport", "2021", "present"), ("Service Desk Analyst", "itsupport", "2019", "2021")],
      ["bsc_it"]),
    P("L012", "Marek Nowak", "15-1244.00", "ICT network administrator",
      ["Cisco IOS", "firewalls", "VPN", "Linux"], ["ssi-firewalls-and-vpns"], {"enc": "cp1252", "crlf": True},
      "I’m an IT technician with CCNA knowledge looking for a network administrator post. Previously worked in Poland and at a café chain’s head office in the UK, where I supported 40 sites.",
      [("IT Technician", "itsupport", "2020", "present"), ("Network Technician", "sysadmin", "2016", "2020")],
      ["pl_it"], extra=["Reduced the yearly support contract cost by £12,000 by bringing Wi-Fi maintenance in-house"]),
    P("L013", "Grace Adeyemi", "DBA", "database administrator",
      ["SQL Server", "T-SQL", "backups", "performance tuning"], ["nda-sql-for-data-analysis", "nda-dba-essentials"], U8,
      "SQL developer moving into database administration; I already look after backups and index maintenance for our reporting databases.",
      [("SQL Developer", "data", "2019", "present"), ("Data Analyst", "data", "2017", "2019")],
      ["bsc_cs"]),
    P("L014", "Javier Morales", ESCO_OCC["database administrator"], "database administrator",
      ["postgres", "linux", "python scripting"], [], U8,
      "Backend developer who has become responsible for our PostgreSQL databases and wants to become a specialist DBA.",
      [("Backend Developer", "dev", "2019", "present"), ("Junior Developer", "dev", "2017", "2019")],
      ["bsc_cs"]),
    P("L015", "Fatima El Idrissi", "cyber security engineer", "ICT security engineer",
      ["network security", "firewalls", "Wireshark", "ISO 27001"], ["ssi-cyber-security-foundations", "ssi-network-troubleshooting-wireshark"], U8,
      "Network administrator with a strong interest in security; I run our firewall changes and vulnerability scans.",
      [("Network Administrator", "sysadmin", "2020", "present"), ("IT Support Technician", "itsupport", "2018", "2020")],
      ["bsc_it"]),
    P("L016", "Owen Hughes", "15-1212.00", "ICT security engineer",
      ["security clearance", "incident response", "Splunk"], ["ssi-security-awareness"], U8,
      "Ex-forces communications specialist leaving the Army after 8 years, looking for a security engineering role.",
      [("Communications Systems Engineer (Corporal)", "military", "2017", "2025")],
      ["army"]),
    P("L017", "Emily Clarke", "Staff Nurse", "nurse responsible for general care",
      ["patient care", "infection control", "BLS", "observations", "empathy"], ["mvt-infection-prevention-control", "mvt-basic-life-support"], U8,
      "Healthcare assistant for five years, now completing a nursing degree apprenticeship and aiming for a staff nurse post on a medical ward.",
      [("Healthcare Assistant", "hca", "2020", "present"), ("Care Assistant", "care", "2018", "2020")],
      ["nvq_care", "gcse"]),
    P("L018", "Maria Santos", "registered nurse", "nurse responsible for general care",
      ["IV cannulation", "wound care", "medication administration", "teamwork"], ["mvt-safe-administration-of-medicines"],
      {"enc": "utf16", "crlf": True},
      "Registered nurse from the Philippines with six years of hospital experience, currently working as a senior carer while my NMC registration is completed.",
      [("Senior Care Assistant", "care", "2023", "present"), ("Staff Nurse", "nurse", "2016", "2022", "St Luke's Medical Center, Quezon City")],
      ["bsn_ph"]),
    P("L019", "Joanne Reilly", "29-1141.00", "nurse responsible for general care",
      ["personal care", "dementia care", "moving and handling"], ["cpt-care-certificate", "cpt-dementia-awareness"], U8,
      "Home care worker for seven years. I love looking after people and want to train as a nurse.",
      [("Home Care Worker", "care", "2018", "present"), ("Sales Assistant", "retail", "2014", "2018")],
      ["nvq_care", "gcse_low"]),
    P("L020", "Sarah Mitchell", ESCO_OCC["nurse responsible for general care"], "nurse responsible for general care",
      [], [], {"enc": "utf8bom", "crlf": False},
      "Former adult nurse returning to practice after eight years raising a family and working in a GP surgery reception.",
      [("GP Receptionist", "admin", "2018", "present"), ("Staff Nurse", "nurse", "2006", "2017", "Meadowvale General Hospital")],
      ["nursing_lapsed"]),
    P("L021", "Ahmed Hassan", "pharmacy technician", "pharmacy technician",
      ["dispensing", "customer service", "stock control"], ["apt-dispensing-fundamentals"], U8,
      "Pharmacy counter assistant now dispensing under supervision; I want to qualify as a pharmacy technician.",
      [("Dispensing Assistant", "pharmacy", "2021", "present"), ("Counter Assistant", "pharmacy", "2019", "2021")],
      ["gcse", "alevels"]),
    P("L022", "Lucy Barnes", "Pharmacy Tech", "pharmacy technician",
      ["till", "customer service", "cash handling"], ["rcfe-till-operation-payments"], U8,
      "Retail assistant in a health and beauty store with a pharmacy, interested in becoming a pharmacy technician.",
      [("Sales Assistant", "retail", "2020", "present")],
      ["gcse"]),
    P("L023", "Beata Kowalska", "home care worker", "care at home worker",
      ["cleaning", "cooking", "caring for my grandmother"], [], U8,
      "Reliable and kind cleaner who cared for my grandmother for three years. I would like to work as a home carer.",
      [("Domestic Cleaner", "cleaning", "2019", "present"), ("Production Operative", "factory", "2016", "2019")],
      ["pl_tech"]),
    P("L024", "Patrick Doyle", "support worker (domiciliary care)", "care at home worker",
      ["driving licence", "reliable", "good listener"], ["cpt-safeguarding-adults-l2"], U8,
      "Warehouse operative looking for more meaningful work in domiciliary care. Full driving licence and own car.",
      [("Warehouse Operative", "warehouse", "2017", "present")],
      ["gcse_low"]),
    P("L025", "Gloria Mensah", "31-1122.00", "care at home worker",
      ["first aid", "food hygiene"], ["ckc-food-hygiene-level-2"], None),
    P("L026", "Jack Robinson", "sales assistant", "shop assistant",
      ["customer service", "teamwork", "cash handling"], [], U8,
      "Recent school leaver looking for my first full-time job in retail.",
      [("Saturday Assistant", "retail", "2023", "present"), ("Volunteer", "student", "2022", "2023")],
      ["gcse"]),
    P("L027", "Amira Yusuf", ESCO_OCC["shop assistant"], "shop assistant",
      [], ["rcfe-till-operation-payments"], None),
    P("L028", "Kelly Thompson", "Retail Department Manager", "retail department manager",
      ["customer service", "visual merchandising", "stock control", "team leading", "till"], ["rcfe-retail-customer-service", "rcfe-stock-replenishment"], U8,
      "Senior sales assistant and key holder with eight years in retail, ready to step up to department manager.",
      [("Senior Sales Assistant / Key Holder", "retail_supervisor", "2020", "present"), ("Sales Assistant", "retail", "2016", "2020")],
      ["gcse"]),
    P("L029", "Raj Patel", "department manager (retail)", "retail department manager",
      ["rota planning", "sales targets", "KPIs", "coaching staff"], ["rcfe-retail-team-leader"], {"enc": "cp1252", "crlf": True},
      "Retail supervisor who’s grown sales in my area year on year; I’m looking for a department manager role. Fluent in English, Gujarati and Hindi; café-style customer service mindset.",
      [("Retail Supervisor", "retail_supervisor", "2019", "present"), ("Sales Assistant", "retail", "2015", "2019")],
      ["alevels"], extra=["Grew homeware department sales from £1.2m to £1.45m in two years"]),
    P("L030", "Dean Walsh", "warehouse operative", "warehouse worker",
      ["forklift", "picking and packing", "RF scanner"], ["fsc-manual-handling"], U8,
      "Hard-working labourer with warehouse experience looking for a permanent warehouse operative role.",
      [("Warehouse Operative (agency)", "warehouse", "2022", "present"), ("Labourer", "factory", "2019", "2022")],
      ["gcse_low"]),
    P("L031", "Agnieszka Wiśniewska", "warehouse worker", "warehouse worker",
      ["packing", "quality checks", "counterbalance forklift licence"], ["fsc-forklift-counterbalance"],
      {"enc": "utf16", "crlf": False},
      "Production line packer with a counterbalance forklift licence, looking for warehouse work.",
      [("Production Packer", "factory", "2019", "present")],
      ["pl_tech"]),
    P("L032", "Liam O'Connor", "53-7062.00", "warehouse worker",
      ["lifting", "teamwork"], [], None),
    P("L033", "Gary Fletcher", "HGV driver", "cargo vehicle driver",
      ["driving licence C+E", "CPC", "digital tachograph", "ADR"], ["fsc-driver-cpc-periodic"], U8CRLF,
      "Experienced multi-drop van driver who passed Class 1 last year and wants a full-time HGV driving job.",
      [("Multi-drop Van Driver", "vandriver", "2018", "present"), ("Warehouse Operative", "warehouse", "2015", "2018")],
      ["gcse_low"]),
    P("L034", "Tomasz Zieliński", "Class 1 lorry driver", "cargo vehicle driver",
      ["C+E", "tachograph", "international transport", "load securing"], [], {"enc": "badutf8", "crlf": False},
      "International HGV driver with 10 years on European routes, now living in the UK.",
      [("International HGV Driver", "driver", "2015", "present"), ("Warehouse Worker", "warehouse", "2012", "2015")],
      ["pl_tech"], extra=["Regular trunking runs for Café Direct depots – Rotterdam, Lyon and Birmingham – with zero accidents"]),
    P("L035", "Steve Morgan", "53-3032.00", "cargo vehicle driver",
      ["driving licence B", "sat nav", "customer service"], [], None),
    P("L036", "Helen Zhao", "logistics manager", "logistics and distribution manager",
      ["supply chain", "SAP", "route planning", "people management"], ["isl-supply-chain-foundations"], U8,
      "Transport planner with six years' experience in third-party logistics, aiming for a logistics manager role.",
      [("Transport Planner", "logistics", "2019", "present"), ("Logistics Coordinator", "logistics", "2016", "2019")],
      ["ba_business"]),
    P("L037", "Mohammed Ali", "Distribution Centre Manager", "logistics and distribution manager",
      ["team leadership", "health and safety", "WMS", "lean"], ["isl-lean-logistics", "fsc-forklift-counterbalance"], U8,
      "Warehouse shift manager responsible for 30 people; I want to run a whole distribution centre.",
      [("Warehouse Shift Manager", "logistics", "2020", "present"), ("Warehouse Team Leader", "warehouse", "2016", "2020")],
      ["btec_business"]),
    P("L038", "Claire Dubois", ESCO_OCC["logistics and distribution manager"], "logistics and distribution manager",
      ["French", "incoterms", "customs", "Excel"], [], {"enc": "cp1252", "crlf": True},
      "Bilingual freight forwarder from Lyon – I’ve spent seven years coordinating road and sea freight between France and the UK. Diplômée en logistique, now seeking a distribution manager role.",
      [("Senior Freight Forwarder", "logistics", "2019", "present"), ("Customs Clerk", "logistics", "2016", "2019", "Transports Rhône-Alpes SA, Lyon")],
      ["licence_fr"], extra=["Negotiated haulage rates that saved £85,000 (approx. €100,000) a year"]),
    P("L039", "Nadia Petrova", "trainee accountant", "accountant",
      ["Sage", "bank reconciliations", "Excel", "VAT returns"], ["lfa-bookkeeping-foundations", "lfa-excel-essentials-finance"], U8,
      "Accounts assistant studying for ACCA, looking for a trainee accountant position in practice.",
      [("Accounts Assistant", "accounts", "2021", "present"), ("Administrator", "admin", "2019", "2021")],
      ["acca_part", "aat"]),
    P("L040", "James Fraser", "13-2011.00", "accountant",
      ["IFRS", "audit", "financial statements"], ["lfa-financial-statement-analysis"], U8,
      "Audit senior moving from practice into an industry accountant role.",
      [("Audit Senior", "finance", "2021", "present"), ("Audit Trainee", "accounts", "2018", "2021")],
      ["bsc_accounting"]),
    P("L041", "Olivia Bennett", "financial analyst", "financial analyst",
      ["excel", "financial modelling (basic)", "customer service"], ["lfa-excel-essentials-finance"], U8CRLF,
      "Bank customer adviser with an economics degree, aiming for a junior financial analyst role.",
      [("Customer Adviser", "callcentre", "2020", "present"), ("Sales Assistant", "retail", "2017", "2020")],
      ["alevels"]),
    P("L042", "Arjun Mehta", "FP&A analyst", "financial analyst",
      ["advanced Excel", "forecasting", "budgeting", "Power BI"], ["lfa-advanced-excel-for-finance", "lfa-management-accounting-budgeting"], U8,
      "Management accountant who enjoys forecasting and business partnering; looking for an FP&A analyst role.",
      [("Management Accountant", "finance", "2020", "present"), ("Assistant Accountant", "accounts", "2017", "2020")],
      ["bsc_accounting", "acca_part"]),
    P("L043", "Susan Cole", "bookkeeper", "bookkeeper",
      ["QuickBooks", "invoicing", "data entry"], ["lfa-cloud-accounting-quickbooks"], U8,
      "Office administrator who does the invoicing and day-to-day bookkeeping for a small firm; looking for a bookkeeper role.",
      [("Office Administrator", "admin", "2016", "present")],
      ["gcse"]),
    P("L044", "Irina Volkova", "43-3031.00", "bookkeeper",
      ["accounts payable", "purchase ledger", "Excel"], [], None),
    P("L045", "Chantelle Brown", "call centre agent", "call centre agent",
      ["customer service", "phone manner", "multitasking"], ["bca-customer-service-excellence"], U8,
      "Friendly retail assistant looking for a call centre role with regular hours.",
      [("Sales Assistant", "retail", "2021", "present")],
      ["gcse"]),
    P("L046", "Kevin Murphy", "customer service advisor", "call centre agent",
      ["customer service", "CRM", "Salesforce", "complaint handling"], [], U8,
      "Hospitality supervisor moving into a customer service advisor role in a contact centre.",
      [("Bar Supervisor", "hospitality", "2019", "present"), ("Waiter", "hospitality", "2016", "2019")],
      ["gcse"]),
    P("L047", "Yasmin Ahmed", ESCO_OCC["call centre agent"], "call centre agent",
      ["Arabic", "English", "data entry"], ["bca-professional-telephone-communication"], U8,
      "Bilingual administrator (Arabic/English) interested in contact centre work.",
      [("Administrator", "admin", "2020", "present")],
      ["alevels"]),
    P("L048", "Rebecca Hall", "HR officer", "human resources officer",
      ["recruitment", "onboarding", "confidentiality", "MS Office"], ["pfl-hr-administration-foundations"], U8,
      "HR assistant with three years' experience supporting recruitment and onboarding, ready for an HR officer role.",
      [("HR Assistant", "hr", "2022", "present"), ("Administrator", "admin", "2019", "2022")],
      ["ba_business"]),
    P("L049", "Samuel Osei", "HR generalist", "human resources officer",
      ["interviewing", "coaching", "rota", "employee relations"], ["osc-leadership-essentials"], U8,
      "Retail store manager who enjoys the people side most; looking to move into HR.",
      [("Store Manager", "retail_supervisor", "2018", "present"), ("Retail Supervisor", "retail_supervisor", "2014", "2018")],
      ["ba_business"]),
    P("L050", "Ella Wright", "13-1071.00", "human resources officer",
      [], ["pfl-competency-based-interviewing"], None),
    P("L051", "Victoria Lane", "Marketing Manager", "marketing manager",
      ["social media", "SEO", "Google Analytics", "content writing", "campaigns"], ["mgo-digital-marketing-foundations"], U8,
      "Digital marketing executive with five years' hands-on campaign experience, ready to lead a team as marketing manager.",
      [("Digital Marketing Executive", "marketing", "2020", "present"), ("Marketing Assistant", "marketing", "2018", "2020")],
      ["ba_marketing"]),
    P("L052", "Marco Bianchi", "head of marketing", "marketing manager",
      ["brand strategy", "budgets", "market research", "team leadership"], ["mgo-market-research-methods"], U8,
      "Brand manager in consumer goods who wants to take on a head of marketing position.",
      [("Brand Manager", "marketing", "2019", "present"), ("Marketing Executive", "marketing", "2015", "2019")],
      ["laurea"]),
    P("L053", "Zoe Harris", "11-2021.00", "marketing manager",
      ["sales", "CRM", "negotiation"], [], None),
    P("L054", "Andrew Scott", "IT project manager", "ICT project manager",
      ["agile", "scrum", "jira", "stakeholder management"], ["chb-agile-scrum-developers", "dlp-jira-for-project-teams"], U8,
      "Senior developer who has been acting as scrum master and delivery lead; looking for an IT project manager role.",
      [("Senior Developer", "dev", "2019", "present"), ("Developer", "dev", "2015", "2019")],
      ["bsc_cs"]),
    P("L055", "Nicola Turner", ESCO_OCC["ICT project manager"], "ICT project manager",
      ["PRINCE2 Foundation", "risk management", "MS Project"], ["dlp-project-management-foundations"], U8CRLF,
      "Business analyst and project coordinator in local government, PRINCE2 Foundation certified.",
      [("Project Coordinator", "pm", "2020", "present"), ("Business Support Officer", "admin", "2016", "2020")],
      ["ba_business"]),
    P("L056", "Ibrahim Diallo", "Project Manager (IT)", "ICT project manager",
      ["budget management", "vendor management", "team leadership"], [], U8,
      "Telecoms engineer who has managed network roll-out projects and wants to move into IT project management.",
      [("Senior Network Roll-out Engineer", "telecom", "2017", "present"), ("Field Engineer", "telecom", "2013", "2017")],
      ["bsc_it"]),
    P("L057", "Paolo Ferri", "cook", "cook",
      ["food prep", "knife skills", "cleaning"], ["ckc-food-hygiene-level-2"], U8,
      "Kitchen porter who helps with prep every day and wants to become a cook.",
      [("Kitchen Porter", "kitchen", "2022", "present")],
      ["none"]),
    P("L058", "Lisa Nguyen", "chef de partie", "cook",
      ["HACCP", "pastry", "stock rotation"], ["ckc-food-hygiene-level-2", "ckc-professional-knife-skills"], U8,
      "Commis chef with three years in hotel kitchens looking for a chef de partie role.",
      [("Commis Chef", "kitchen", "2022", "present"), ("Kitchen Assistant", "kitchen", "2020", "2022")],
      ["city_guilds_chef", "gcse"]),
    P("L059", "Danny Evans", "35-2014.00", "cook",
      ["grill", "food safety", "teamwork"], [], U8,
      "Fast-food crew trainer who wants to cook in a proper restaurant kitchen.",
      [("Crew Trainer", "kitchen", "2021", "present")],
      ["gcse_low"]),
    P("L060", "Rosa García", "29-2052.00", "pharmacy technician",
      ["dispensing", "Spanish", "stock management"], ["apt-medicines-storage-inventory"], U8,
      "Qualified pharmacy technician from Spain (Técnico en Farmacia) working as a dispensing assistant in the UK.",
      [("Dispensing Assistant", "pharmacy", "2023", "present"), ("Técnica de Farmacia", "pharmacy", "2018", "2023", "Farmacia Central, Madrid")],
      ["bsc_pharm_es"]),
    P("L061", "Connor Blake", "graduate software developer", "software developer",
      ["Python", "C#", "unit testing", "algorithms"], ["chb-software-testing-debugging"], U8,
      "Maths graduate who builds software in my spare time; looking for a graduate software developer scheme.",
      [("Maths Tutor (part-time)", "teaching", "2022", "present")],
      ["bsc_maths"]),
    P("L062", "Jade Williams", "15-1254.00", "web developer",
      ["javascript", "react", "node"], ["chb-react-front-end"], U8,
      "Junior web developer at a small agency building React sites.",
      [("Junior Web Developer", "dev", "2023", "present"), ("Customer Service Advisor", "callcentre", "2020", "2023")],
      ["bootcamp"]),
    P("L063", "Martin Svoboda", "dragon tamer", None,
      ["animal handling", "fire safety", "public speaking"], [], U8,
      "Zookeeper specialising in reptiles and birds of prey. My dream job is dragon tamer.",
      [("Senior Keeper - Reptiles and Birds of Prey", "zoo", "2016", "present")],
      ["gcse"]),
    P("L064", "Alex Kim", "", None,
      ["hard working", "MS Office"], [], U8,
      "Recent business graduate, open to any opportunity.",
      [("Customer Assistant", "retail", "2021", "2024")],
      ["ba_business"]),
    P("L065", "Noor Haddad", ESCO_OCC["data analyst"], "data analyst",
      ["excel", "statistics", "teaching"], ["nda-statistics-essentials"], {"enc": "utf8", "crlf": False, "missing": True}),
    P("L066", "Peter Lindqvist", "bookkeeper", "bookkeeper",
      [], [], None),
]

JOB_SKILLS = {
    "retail": ["customer service", "cash handling", "stock replenishment", "visual merchandising"],
    "retail_supervisor": ["team leadership", "rota planning", "sales targets", "stock control", "coaching"],
    "care": ["personal care", "dementia care", "moving and handling", "medication prompting", "record keeping"],
    "hca": ["clinical observations", "NEWS2", "infection prevention", "personal care", "venepuncture"],
    "nurse": ["medication administration", "wound care", "care planning", "IV therapy", "patient assessment"],
    "pharmacy": ["dispensing", "stock control", "OTC advice", "prescription checking"],
    "warehouse": ["picking and packing", "RF scanning", "forklift (counterbalance)", "manual handling"],
    "vandriver": ["Cat B licence", "multi-drop delivery", "route planning", "customer service"],
    "driver": ["Cat C+E licence", "Driver CPC", "digital tachograph", "route planning", "load securing"],
    "logistics": ["transport planning", "SAP", "WMS", "people management", "KPI reporting", "customs documentation"],
    "callcentre": ["customer service", "CRM systems", "complaint handling", "telephone manner"],
    "admin": ["MS Office", "Word", "Excel", "diary management", "data entry"],
    "accounts": ["Sage 50", "Excel", "bank reconciliation", "VAT returns", "purchase ledger"],
    "finance": ["financial modelling", "forecasting", "budgeting", "Power BI", "Excel"],
    "dev": ["Java", "JavaScript", "Git", "REST APIs", "SQL", "unit testing"],
    "itsupport": ["Active Directory", "Windows 10/11", "ticketing (ServiceNow)", "networking basics"],
    "sysadmin": ["Linux", "Windows Server", "Bash", "PowerShell", "VMware", "firewalls"],
    "data": ["SQL", "Excel", "Tableau", "ETL", "data cleaning"],
    "research": ["Python", "NumPy/pandas", "statistics", "scientific writing"],
    "hospitality": ["customer service", "food hygiene", "cash handling", "barista"],
    "kitchen": ["food preparation", "HACCP", "knife skills", "stock rotation"],
    "marketing": ["social media", "Google Analytics", "copywriting", "campaign management"],
    "hr": ["recruitment", "onboarding", "HR systems", "confidentiality"],
    "pm": ["project planning", "RAID logs", "stakeholder management", "agile"],
    "telecom": ["network roll-out", "subcontractor management", "budget control"],
    "military": ["network security", "incident response", "team leadership"],
    "teaching": ["teaching", "data tracking", "presentation"],
    "cleaning": ["cleaning", "COSHH", "time management"],
    "design": ["Photoshop", "Illustrator", "Figma", "HTML/CSS"],
    "factory": ["packing", "quality checks", "hygiene"],
    "zoo": ["animal husbandry", "public speaking", "risk assessment"],
    "student": ["teamwork", "organisation"],
}

ONET_TECH = {  # technology example name -> commodity code (O*NET 29.2 Technology Skills)
    "Tableau": "43232314", "Microsoft Power BI": "43232314", "Kubernetes": "43232701", "Docker": "43232701",
    "Amazon Web Services AWS software": "43232306", "Microsoft Excel": "43232110", "Salesforce software": "43232303",
    "GitHub": "43232701", "Git": "43232203", "Intuit QuickBooks": "43231601", "Python": "43232405",
    "SAP software": "43231602", "Cisco IOS": "43233004", "Epic Systems": "43232610", "Google Analytics": "43232307",
    "Atlassian JIRA": "43232201", "React": "43232408", "Microsoft PowerPoint": "43232106",
    "Microsoft Office software": "43231513", "Linux": "43233004", "JavaScript": "43232408",
    "Oracle Database": "43232306", "Microsoft SQL Server": "43232306", "Sage 50 Accounting": "43231601",
    "Splunk Enterprise": "43232806", "PostgreSQL": "43232311", "Wireshark": "43232801",
    "Ansible software": "43231511", "Node.js": "43232408", "Microsoft Windows Server": "43233004",
}

ADDITIONAL = [
    "Full UK driving licence (category B)",
    "Available to start immediately; happy to work shifts and weekends",
    "Volunteer at the local food bank on Saturdays",
    "Interests: football, cooking for friends and hill walking",
    "DBS check completed (2024)",
    "Right to work in the UK",
    "Languages: English (fluent)",
    "Interests: reading, running and learning new software",
    "Member of the local community choir",
    "Happy to travel within the region",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

def open_text(folder, name):
    """Open folder/name or folder/name.gz as UTF-8 text."""
    import gzip
    p = os.path.join(folder, name)
    if os.path.exists(p):
        return open(p, encoding="utf-8", newline="")
    return gzip.open(p + ".gz", "rt", encoding="utf-8", newline="")


def find_data(explicit, repo_sub, shared_sub, probe):
    """Explicit folder, else the repo's gzipped copy (data-samples/taxonomy/...), else the shared data folder."""
    cands = [explicit] if explicit else []
    cands += [os.path.join(DS, "taxonomy", repo_sub), os.path.join(REPO, "..", "shared", "data", shared_sub),
              os.path.join("/work/shared/data", shared_sub)]
    for c in cands:
        if c and (os.path.exists(os.path.join(c, probe)) or os.path.exists(os.path.join(c, probe + ".gz"))):
            return os.path.abspath(c)
    return None


def load_esco(esco_dir):
    csv.field_size_limit(1 << 30)
    by_label, by_uri = {}, {}
    with open_text(esco_dir, "skills_en.csv") as fh:
        for r in csv.DictReader(fh):
            by_uri[r["conceptUri"]] = r["preferredLabel"]
            by_label.setdefault(r["preferredLabel"], []).append(r["conceptUri"])
    return by_label, by_uri


def load_onet(onet_dir):
    if not onet_dir:
        return None
    pairs = set()
    with open_text(onet_dir, "Technology Skills.txt") as fh:
        next(fh)
        for line in fh:
            f = line.rstrip("\r\n").split("\t")
            pairs.add((f[2], f[3]))
    return pairs


class Esco:
    def __init__(self, by_label, by_uri):
        self.by_label, self.by_uri = by_label, by_uri

    def uri(self, label):
        uris = self.by_label.get(label)
        if not uris:
            sys.exit("unknown ESCO preferredLabel: %r" % label)
        if len(uris) > 1:
            sys.exit("ambiguous ESCO preferredLabel: %r" % label)
        return uris[0]


def dump_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def cost_of(provider, cost):
    if cost is None:
        return None
    if isinstance(cost, tuple):
        return {"amount": float(cost[0]), "currency": cost[1]}
    return {"amount": float(cost), "currency": PROVIDERS[provider][3]}


def ach_id(slug):
    prov = slug.split("-", 1)[0]
    return "%s/achievements/%s" % (PROVIDERS[prov][1], slug)


def criteria_text(fmt, level, hours):
    if fmt == ON:
        t = ("Complete all online modules (about %d hours of study) and pass the end-of-course assessment with a score of at least 70%%." % hours
             if hours else "Complete all online modules and pass the end-of-course assessment with a score of at least 70%.")
    elif fmt == IP:
        t = ("Attend the full %d-hour course and pass the practical assessment observed by a qualified assessor." % hours
             if hours else "Attend the full course and pass the practical assessment observed by a qualified assessor.")
    else:
        t = "Complete the online learning, attend the workshop sessions and submit a portfolio of workplace evidence signed off by an assessor."
    if level == A:
        t += " Entry normally requires relevant work experience or the foundation-level credential in the same area."
    return t


def make_achievement(esco, slug, prov, title, level, hours, cost, fmt, labels, techs, tags, desc):
    pname, base, _kind, _cur, lang = PROVIDERS[prov]
    ach = {
        "@context": OB3_CONTEXT,
        "id": ach_id(slug),
        "type": ["Achievement"],
        "name": title,
        "description": desc,
        "criteria": {"narrative": criteria_text(fmt, level, hours)},
        "achievementType": ACH_TYPE[prov],
        "creator": {"id": base + "/issuers/main", "type": ["Profile"], "name": pname, "url": base},
        "image": {"id": "%s/img/badges/%s.png" % (base, slug), "type": "Image"},
    }
    align = [{"type": ["Alignment"], "targetName": l, "targetUrl": esco.uri(l),
              "targetFramework": "ESCO", "targetType": "ceterms:Skill"} for l in labels]
    for t in techs:
        align.append({"type": ["Alignment"], "targetName": t, "targetUrl": ONET_TECH_URL,
                      "targetFramework": "O*NET", "targetCode": ONET_TECH[t], "targetType": "ceterms:Skill"})
    if align:
        ach["alignment"] = align
    ach["inLanguage"] = lang
    ach["tag"] = [t.strip() for t in tags.split(",")]
    if hours is not None:
        ach["estimatedHours"] = hours
    c = cost_of(prov, cost)
    if c is not None:
        ach["cost"] = c
    ach["level"] = level
    ach["format"] = fmt
    ach["url"] = "%s/courses/%s" % (base, slug.split("-", 1)[1])
    return ach


# --------------------------------------------------------------------------------------
# catalogue writers
# --------------------------------------------------------------------------------------

def write_openbadges(esco):
    out = os.path.join(CATALOG, "openbadges")
    os.makedirs(out)
    for (slug, prov, title, level, hours, cost, fmt, labels, techs, tags, desc) in CREDS:
        dump_json(os.path.join(out, slug + ".json"),
                  make_achievement(esco, slug, prov, title, level, hours, cost, fmt, labels, techs, tags, desc))
    for (slug, prov, title, level, hours, cost, fmt, tags, desc) in CREDS_NO_ALIGN:
        dump_json(os.path.join(out, slug + ".json"),
                  make_achievement(esco, slug, prov, title, level, hours, cost, fmt, [], [], tags, desc))
    # ---- deliberately invalid files ----
    # 1. not valid JSON (truncated export)
    a = make_achievement(esco, "chb-node-backend-draft", "chb", "Backend Development with Node.js", I, 30, 320, ON,
                         ["JavaScript", "web programming"], ["Node.js"], "node,backend",
                         "Build REST back ends with Node.js and Express, connect to SQL databases and deploy to the cloud.")
    txt = json.dumps(a, indent=2, ensure_ascii=False)
    cut = txt.index('"targetFramework": "O*NET"')
    with open(os.path.join(out, "chb-node-backend-draft.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt[:cut] + '"targetFramework": "O*NET",\n')
    # 2. missing name
    a = make_achievement(esco, "rcfe-retail-maths", "rcfe", "Retail Maths", F, 6, 0, IP,
                         ["execute analytical mathematical calculations", "operate cash register"], [], "maths,retail",
                         "Everyday maths for shop staff: change, discounts, percentages and stock counts.")
    del a["name"]
    dump_json(os.path.join(out, "rcfe-retail-maths.json"), a)
    # 3. alignment that is not an ESCO URI, and nothing else
    a = make_achievement(esco, "osc-growth-mindset", "osc", "Growth Mindset at Work", F, 2, 0, ON, [], [], "mindset,soft skills",
                         "Short course on developing a growth mindset, learning from mistakes and seeking feedback.")
    a["alignment"] = [{"type": ["Alignment"], "targetName": "growth mindset", "targetUrl": "http://example.org/skill/123",
                       "targetFramework": "ESCO", "targetType": "ceterms:Skill"}]
    # keep property order like the others
    a = {k: a[k] for k in ["@context", "id", "type", "name", "description", "criteria", "achievementType", "creator",
                           "image", "alignment", "inLanguage", "tag", "estimatedHours", "cost", "level", "format", "url"]}
    dump_json(os.path.join(out, "osc-growth-mindset.json"), a)
    # 4. negative hours
    a = make_achievement(esco, "fsc-first-aid-at-work-refresher", "fsc", "First Aid at Work Refresher", I, 12, 150, IP,
                         ["provide first aid", "first aid"], [], "first aid,refresher",
                         "Two-day requalification for First Aid at Work certificate holders.")
    a["estimatedHours"] = -6
    dump_json(os.path.join(out, "fsc-first-aid-at-work-refresher.json"), a)
    # 5. wrong type: OpenBadgeCredential with no achievement
    pname, base = PROVIDERS["bca"][0], PROVIDERS["bca"][1]
    cred = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": base + "/credentials/5f1c2a9e",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": base + "/issuers/main", "type": ["Profile"], "name": pname},
        "validFrom": "2025-03-14T09:00:00Z",
        "name": "Live Chat Support",
        "credentialSubject": {"id": "mailto:learner@example.com", "type": ["AchievementSubject"]},
    }
    dump_json(os.path.join(out, "bca-live-chat-support.json"), cred)


OB2_TAGS = {
    "rcfe-ob2-first-aid-at-work": ["first aid", "health and safety"],
    "bca-ob2-customer-care-skills": ["customer service", "communication"],
    "rcfe-ob2-spreadsheet-skills-l1": ["spreadsheets", "excel", "digital skills"],
    "pfl-ob2-team-leading-l2": ["leadership", "team leading"],
    "ckc-ob2-safe-food-handling": ["food hygiene", "catering"],
}


def write_openbadges2(esco):
    out = os.path.join(CATALOG, "openbadges2")
    os.makedirs(out)
    for (slug, prov, title, level, hours, cost, fmt, labels, desc, crit_url) in OB2:
        pname, base = PROVIDERS[prov][0], PROVIDERS[prov][1]
        page = "%s/badges/%s" % (base, slug)
        bc = {
            "@context": OB2_CONTEXT,
            "type": "BadgeClass",
            "id": "%s/badges/ob2/%s.json" % (base, slug),
            "name": title,
            "description": desc,
            "image": "%s/img/badges/%s.png" % (base, slug),
            "criteria": page + "#criteria" if crit_url else
                        {"id": page + "#criteria", "narrative": criteria_text(fmt, level, hours)},
            "issuer": {"type": "Profile", "id": base + "/issuer.json", "name": pname, "url": base,
                       "email": "badges@" + base.split("//", 1)[1]},
            "tags": OB2_TAGS[slug],
            "alignment": [{"targetName": l, "targetUrl": esco.uri(l), "targetFramework": "ESCO"} for l in labels],
            "estimatedHours": hours,
            "cost": cost_of(prov, cost),
            "level": level,
            "format": fmt,
            "url": page,
        }
        dump_json(os.path.join(out, slug + ".json"), bc)


def write_courses(esco):
    path = os.path.join(CATALOG, "courses.csv")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "title", "provider", "description", "hours", "cost", "currency", "level", "format", "url", "skills"])
        for (cid, title, prov, desc, hours, cost, cur, level, fmt, url, skills) in COURSES:
            sk = "|".join(s[5:] if s.startswith("onet:") else esco.uri(s) for s in skills)
            w.writerow([cid, title, prov, desc, hours, cost, cur, level, fmt, url, sk])


def ctdl_node(esco, typ, name, langmap, org, hours, price, cur, labels, desc, desc_langmap, node_id, url):
    oname, obase = CTDL_ORGS[org]
    lm = (lambda s: {"en-US": s}) if langmap else (lambda s: s)
    return {
        "@id": node_id,
        "@type": typ,
        "ceterms:ctid": "ce-" + str(uuid.uuid5(uuid.NAMESPACE_URL, node_id)),
        "ceterms:name": lm(name),
        "ceterms:description": {"en-US": desc} if desc_langmap else desc,
        "ceterms:ownedBy": [{"@type": "ceterms:CredentialOrganization", "@id": obase + "/organization",
                             "ceterms:name": oname}],
        "ceterms:inLanguage": ["en"],
        "ceterms:subjectWebpage": url,
        "ceterms:estimatedDuration": "PT%dH" % hours,
        "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": price, "ceterms:currency": cur,
                                   "ceterms:description": lm("Tuition")}],
        "ceterms:teaches": [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": esco.uri(l),
                             "ceterms:targetNodeName": lm(l), "ceterms:framework": ESCO_SKILL_SCHEME,
                             "ceterms:frameworkName": lm("ESCO")} for l in labels],
    }


def write_ctdl(esco):
    out = os.path.join(CATALOG, "ctdl")
    os.makedirs(out)
    ctx = "https://credreg.net/ctdl/schema/context/json"
    for (fname, typ, name, langmap, org, hours, price, cur, labels, desc, desc_lm) in CTDL_ITEMS:
        obase = CTDL_ORGS[org][1]
        node = ctdl_node(esco, typ, name, langmap, org, hours, price, cur, labels, desc, desc_lm,
                         "%s/ctdl/%s.json" % (obase, fname), "%s/courses/%s" % (obase, fname.split("-", 2)[2]))
        dump_json(os.path.join(out, fname + ".jsonld"), dict([("@context", ctx)] + list(node.items())))
    fname, org, courses = CTDL_GRAPH
    obase = CTDL_ORGS[org][1]
    graph = []
    for i, (name, hours, price, cur, labels, desc) in enumerate(courses, 1):
        graph.append(ctdl_node(esco, "ceterms:Course", name, i == 2, org, hours, price, cur, labels, desc, False,
                               "%s/ctdl/clinical-skills/course-%d.json" % (obase, i),
                               "%s/courses/clinical-skills-%d" % (obase, i)))
    dump_json(os.path.join(out, fname + ".jsonld"),
              {"@context": ctx, "@id": obase + "/ctdl/clinical-skills/bundle.json", "@graph": graph})


# --------------------------------------------------------------------------------------
# learners + CVs
# --------------------------------------------------------------------------------------
TITLE_BY_SLUG = {c[0]: (c[2], PROVIDERS[c[1]][0]) for c in CREDS}
TITLE_BY_SLUG.update({c[0]: (c[2], PROVIDERS[c[1]][0]) for c in CREDS_NO_ALIGN})


def ascii_fold(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def cv_text(p, rng):
    name = p["name"]
    city = p["city"] or rng.choice(CITIES)
    first, last = name.split(" ", 1)
    email = "%s.%s@example.com" % (ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "").replace("'", ""))
    phone = "07700 900%03d" % rng.randrange(1000)
    layout = rng.choice("ABC")
    bullet = {"A": "\u2022 ", "B": "- ", "C": "* "}[layout]

    jobs = []
    used = set()
    for idx, job in enumerate(p["jobs"]):
        title, jtype, start, end = job[:4]
        emps, bank = JOBS[jtype]
        emp = rng.choice(emps)
        if len(job) > 4:                      # employer fixed by the persona
            emp = job[4]
        fresh = [b for b in bank if b not in used]
        k = min(len(fresh), 5 if idx == 0 else 3)
        bl = rng.sample(fresh, k)
        used.update(bl)
        if idx == 0:
            bl = bl + p["extra"]
        smi = rng.randrange(12)
        emi = rng.randrange(12)
        if idx > 0 and end == p["jobs"][idx - 1][2]:      # ends in the year the newer job starts
            emi = min(emi, newer_start)
        if end == start:
            emi = max(emi, smi)
        newer_start = smi
        sm, em = MONTHS[smi], MONTHS[emi]
        dates = "%s %s - %s" % (sm, start, "Present" if end == "present" else "%s %s" % (em, end))
        jobs.append([title, emp, dates, bl, jtype])

    skills = list(p["declared"])
    low = {s.lower() for s in skills}
    for j in jobs:
        for s in JOB_SKILLS[j[4]]:
            if s.lower() not in low and len(skills) < 12:
                skills.append(s)
                low.add(s.lower())
    edu = [EDU[e] for e in p["edu"] if EDU[e]]
    training = ["%s - %s" % TITLE_BY_SLUG[b] for b in p["badges"]]
    addl_pool = rng.sample(ADDITIONAL, len(ADDITIONAL))
    addl = [addl_pool.pop()]

    def render(jobs):
        L = []
        if layout == "A":
            L += [name.upper(), "%s | %s | %s" % (city, phone, email), "", "PROFILE", p["profile"], "", "EXPERIENCE"]
            for t, e, d, bl, _ in jobs:
                L += ["", "%s, %s" % (t, e), d] + [bullet + b for b in bl]
            L += ["", "EDUCATION"] + (edu or ["No formal qualifications"])
            if training:
                L += ["", "TRAINING AND CERTIFICATES"] + training
            L += ["", "SKILLS", ", ".join(skills)]
            L += ["", "ADDITIONAL INFORMATION"] + addl
        elif layout == "B":
            L += ["Curriculum Vitae", "", name, "Address: %s" % city, "Mobile: %s" % phone, "Email: %s" % email, "",
                  "Personal statement", "------------------", p["profile"], "", "Employment history", "------------------"]
            for t, e, d, bl, _ in jobs:
                L += ["%s  (%s)" % (t, d), e] + [bullet + b for b in bl] + [""]
            L += ["Key skills", "----------"] + [bullet + s for s in skills]
            L += ["", "Qualifications", "--------------"] + [bullet + x for x in (edu or ["None"])]
            if training:
                L += [bullet + x for x in training]
            L += ["", "Additional information", "----------------------"] + [bullet + x for x in addl]
            L += ["", "References available on request."]
        else:
            L += ["# %s" % name, "%s - %s - %s" % (email, phone, city), "", "## About me", p["profile"], "",
                  "## Work experience"]
            for t, e, d, bl, _ in jobs:
                L += ["", "### %s - %s" % (t, e), "_%s_" % d] + [bullet + b for b in bl]
            L += ["", "## Education"] + [bullet + x for x in (edu or ["-"])]
            if training:
                L += ["", "## Courses"] + [bullet + x for x in training]
            L += ["", "## Skills", " / ".join(skills)]
            L += ["", "## Other"] + [bullet + x for x in addl]
        return "\n".join(L) + "\n"

    text = render(jobs)
    # keep within 800..4000 characters
    while len(text) < 800:
        grew = False
        for j in jobs:
            bank = JOBS[j[4]][1]
            rest = [b for b in bank if b not in used]
            if rest:
                j[3].append(rest[0])
                used.add(rest[0])
                grew = True
                break
        if not grew and addl_pool:
            addl.append(addl_pool.pop())
            grew = True
        if not grew:
            break
        text = render(jobs)
    while len(text) > 4000:
        longest = max(jobs, key=lambda j: len(j[3]))
        longest[3].pop()
        text = render(jobs)
    return text


BAD_BYTES_DONE = []   # (character, replacement byte) applied to the invalid-UTF-8 CV, for the notes


def encode_cv(text, spec):
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    enc = spec["enc"]
    if enc == "utf8":
        return text.encode("utf-8")
    if enc == "utf8bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "cp1252":
        return text.encode("cp1252")          # strict: fails loudly on an unencodable character
    if enc == "utf16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if enc == "badutf8":
        # UTF-8 with a few invalid bytes, as produced by a copy-paste from a Windows-1250/1252 document:
        # e-acute as 0xE9, en dash as 0x96, n-acute as 0xF1 (each invalid in UTF-8 at that position)
        b = text.encode("utf-8")
        for alts in ((("\u00e9", b"\xe9"),), (("\u2013", b"\x96"),), (("\u0144", b"\xf1"), ("\u0143", b"\xd1"))):
            for ch, bad in alts:
                if ch.encode("utf-8") in b:
                    BAD_BYTES_DONE.append((ch, bad))
                    b = b.replace(ch.encode("utf-8"), bad, 1)
                    break
            else:
                sys.exit("badutf8 CV lacks %r" % (alts,))
        return b
    raise ValueError(enc)


def write_learners(rng):
    os.makedirs(os.path.join(LEARNERS, "cv"))
    lines = []
    for p in PERSONAS:
        for b in p["badges"]:
            if b not in TITLE_BY_SLUG:
                sys.exit("unknown badge slug %s for %s" % (b, p["learnerId"]))
        cvfile = None
        if p["cv"] is not None:
            cvfile = "cv/%s.txt" % p["learnerId"]
            if not p["cv"].get("missing"):
                text = cv_text(p, rng)
                with open(os.path.join(LEARNERS, cvfile), "wb") as fh:
                    fh.write(encode_cv(text, p["cv"]))
        rec = {"learnerId": p["learnerId"], "name": p["name"], "targetRole": p["targetRole"], "cvFile": cvfile,
               "declaredSkills": p["declared"], "badges": [ach_id(b) for b in p["badges"]]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(LEARNERS, "learners.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

# --------------------------------------------------------------------------------------
# verification (parses everything that was written) -> statistics for the notes
# --------------------------------------------------------------------------------------

def verify(by_uri, onet_pairs):
    errs = []
    st = {}

    def check_esco(uri, label, where):
        if by_uri.get(uri) != label:
            errs.append("%s: ESCO %s label %r != %r" % (where, uri, label, by_uri.get(uri)))

    def check_onet(name, code, where):
        if onet_pairs is not None and (name, code) not in onet_pairs:
            errs.append("%s: O*NET technology %r/%r not found" % (where, name, code))

    # ---- openbadges ----
    ob_dir = os.path.join(CATALOG, "openbadges")
    files = sorted(os.listdir(ob_dir))
    valid, invalid, noalign, nohours, nocost, onet_al = [], {}, [], [], [], []
    nalign = 0
    levels, provs, fmts, curr = {}, {}, {}, {}
    skill_sets = {}
    for f in files:
        path = os.path.join(ob_dir, f)
        try:
            with open(path, encoding="utf-8") as fh:
                d = json.load(fh)
        except ValueError:
            invalid[f] = "not JSON"
            continue
        if d.get("type") != ["Achievement"]:
            invalid[f] = "type %r" % d.get("type")
            continue
        if not d.get("name"):
            invalid[f] = "no name"
            continue
        if d.get("estimatedHours") is not None and d["estimatedHours"] < 0:
            invalid[f] = "negative hours"
            continue
        al = d.get("alignment", [])
        good = 0
        for a in al:
            if a.get("targetFramework") == "ESCO":
                if a.get("targetUrl") in by_uri:
                    check_esco(a["targetUrl"], a["targetName"], f)
                    good += 1
            elif a.get("targetFramework") == "O*NET":
                check_onet(a["targetName"], a.get("targetCode"), f)
                good += 1
        if al and not good:
            invalid[f] = "no usable alignment"
            continue
        # valid
        if f != d["id"].rsplit("/", 1)[1] + ".json":
            errs.append("%s: file name is not the id slug" % f)
        for k in ("id", "description", "criteria", "achievementType", "creator", "inLanguage", "tag", "level", "format", "url"):
            if k not in d:
                errs.append("%s: missing %s" % (f, k))
        if d["@context"] != OB3_CONTEXT:
            errs.append("%s: context" % f)
        valid.append(f)
        if not al:
            noalign.append(f)
        nalign += len(al)
        if any(a["targetFramework"] == "O*NET" for a in al):
            onet_al.append(f)
        if "estimatedHours" not in d:
            nohours.append(f)
        else:
            h = d["estimatedHours"]
            if not (2 <= h <= 120):
                errs.append("%s: hours %s out of range" % (f, h))
        if "cost" not in d:
            nocost.append(f)
        else:
            curr[d["cost"]["currency"]] = curr.get(d["cost"]["currency"], 0) + 1
            if not (0 <= d["cost"]["amount"] <= 1500):
                errs.append("%s: cost out of range" % f)
        levels[d["level"]] = levels.get(d["level"], 0) + 1
        fmts[d["format"]] = fmts.get(d["format"], 0) + 1
        provs[d["creator"]["name"]] = provs.get(d["creator"]["name"], 0) + 1
        skill_sets[f] = (d["level"], {a["targetUrl"] for a in al if a["targetFramework"] == "ESCO"}, d["name"])
    expected_invalid = {s + ".json" for s, _ in INVALID_OB3}
    if set(invalid) != expected_invalid:
        errs.append("invalid openbadges mismatch: %r" % invalid)
    hrs, amts = [], []
    for f in valid:
        d = json.load(open(os.path.join(ob_dir, f), encoding="utf-8"))
        if "estimatedHours" in d:
            hrs.append(d["estimatedHours"])
        if "cost" in d:
            amts.append(d["cost"]["amount"])
    st["ob_ranges"] = (min(hrs), max(hrs), min(amts), max(amts))
    free = [f for f in valid if f not in nocost and json.load(open(os.path.join(ob_dir, f), encoding="utf-8"))["cost"]["amount"] == 0]
    pairs = []
    fnd = sorted(f for f, v in skill_sets.items() if v[0] == F)
    adv = sorted(f for f, v in skill_sets.items() if v[0] == A)
    for a in adv:
        for fo in fnd:
            if a.split("-", 1)[0] == fo.split("-", 1)[0] and skill_sets[a][1] & skill_sets[fo][1]:
                pairs.append((fo, a))
    st.update(ob_files=len(files), ob_valid=len(valid), ob_invalid=invalid, ob_noalign=noalign, ob_nohours=nohours,
              ob_nocost=nocost, ob_onet=onet_al, ob_nalign=nalign, ob_levels=levels, ob_provs=provs, ob_fmts=fmts,
              ob_curr=curr, ob_free=free, ob_pairs=pairs)
    valid_ids = set()
    for f in valid:
        valid_ids.add(json.load(open(os.path.join(ob_dir, f), encoding="utf-8"))["id"])

    # ---- openbadges2 ----
    ob2 = sorted(os.listdir(os.path.join(CATALOG, "openbadges2")))
    for f in ob2:
        d = json.load(open(os.path.join(CATALOG, "openbadges2", f), encoding="utf-8"))
        if d["type"] != "BadgeClass":
            errs.append(f + ": not BadgeClass")
        for a in d["alignment"]:
            check_esco(a["targetUrl"], a["targetName"], f)
    st["ob2"] = ob2

    # ---- courses.csv ----
    with open(os.path.join(CATALOG, "courses.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != ["id", "title", "provider", "description", "hours", "cost", "currency", "level", "format", "url", "skills"]:
        errs.append("courses.csv header")
    bad_rows, empty_skill_rows = [], []
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 11:
            errs.append("courses.csv row %d has %d fields" % (i, len(r)))
        try:
            float(r[5]); float(r[4])
            if not r[1]:
                raise ValueError
        except ValueError:
            bad_rows.append((i, r[0]))
        if not r[10]:
            empty_skill_rows.append((i, r[0]))
        for s in filter(None, r[10].split("|")):
            if s.startswith("http"):
                if s not in by_uri:
                    errs.append("courses.csv row %d: unknown ESCO %s" % (i, s))
            elif s not in ONET_TECH:
                errs.append("courses.csv row %d: unknown O*NET tech %s" % (i, s))
            else:
                check_onet(s, ONET_TECH[s], "courses.csv")
    if [b[1] for b in bad_rows] != [COURSES_BAD_ROW]:
        errs.append("courses.csv bad rows %r" % bad_rows)
    st.update(courses=len(rows) - 1, courses_bad=bad_rows, courses_empty=empty_skill_rows)

    # ---- ctdl ----
    ctdl = sorted(os.listdir(os.path.join(CATALOG, "ctdl")))
    nodes = []
    for f in ctdl:
        d = json.load(open(os.path.join(CATALOG, "ctdl", f), encoding="utf-8"))
        for n in d.get("@graph", [d]):
            nodes.append((f, n["@type"]))
            for t in n["ceterms:teaches"]:
                nm = t["ceterms:targetNodeName"]
                check_esco(t["ceterms:targetNode"], nm["en-US"] if isinstance(nm, dict) else nm, f)
            if not re.fullmatch(r"PT\d+H", n["ceterms:estimatedDuration"]):
                errs.append(f + ": duration")
    st.update(ctdl=ctdl, ctdl_nodes=nodes)

    # ---- learners ----
    with open(os.path.join(LEARNERS, "learners.jsonl"), encoding="utf-8") as fh:
        learners = [json.loads(l) for l in fh if l.strip()]
    ids = [l["learnerId"] for l in learners]
    if ids != ["L%03d" % i for i in range(1, len(ids) + 1)]:
        errs.append("learner ids not sequential")
    cvinfo = {}
    for l in learners:
        if set(l) != {"learnerId", "name", "targetRole", "cvFile", "declaredSkills", "badges"}:
            errs.append(l["learnerId"] + ": keys")
        for b in l["badges"]:
            if b not in valid_ids:
                errs.append("%s: badge %s not a valid catalogue id" % (l["learnerId"], b))
        if l["cvFile"]:
            path = os.path.join(LEARNERS, l["cvFile"])
            if not os.path.exists(path):
                cvinfo[l["learnerId"]] = ("missing", False, 0)
                continue
            raw = open(path, "rb").read()
            if raw.startswith(b"\xff\xfe"):
                enc, text = "UTF-16LE with BOM", raw[2:].decode("utf-16-le")
            elif raw.startswith(b"\xef\xbb\xbf"):
                enc, text = "UTF-8 with BOM", raw[3:].decode("utf-8")
            else:
                try:
                    enc, text = "UTF-8", raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("cp1252", errors="replace")
                    enc = "Windows-1252" if all(c in text for c in "\u00a3\u00e9\u2019") else "UTF-8 with invalid bytes"
            crlf = "\r\n" in text
            if crlf and text.count("\r\n") != text.count("\n"):
                errs.append(l["learnerId"] + ": mixed line ends")
            if not (800 <= len(text) <= 4000):
                errs.append("%s: CV length %d" % (l["learnerId"], len(text)))
            cvinfo[l["learnerId"]] = (enc, crlf, len(text))
    exp = {}
    for p in PERSONAS:
        if p["cv"] is None:
            continue
        e = {"utf8": "UTF-8", "utf8bom": "UTF-8 with BOM", "cp1252": "Windows-1252", "utf16": "UTF-16LE with BOM",
             "badutf8": "UTF-8 with invalid bytes"}[p["cv"]["enc"]]
        exp[p["learnerId"]] = "missing" if p["cv"].get("missing") else e
    for k, v in exp.items():
        if cvinfo[k][0] != v:
            errs.append("%s: CV encoding %s, expected %s" % (k, cvinfo[k][0], v))
    st.update(learners=learners, cvinfo=cvinfo,
              cv_files=sorted(os.listdir(os.path.join(LEARNERS, "cv"))))

    # ---- size ----
    size = 0
    for root in (CATALOG, LEARNERS):
        for dp, _dn, fn in os.walk(root):
            size += sum(os.path.getsize(os.path.join(dp, x)) for x in fn)
    if size >= 3 * 1024 * 1024:
        errs.append("size %d >= 3 MB" % size)
    st["size"] = size
    return errs, st


# --------------------------------------------------------------------------------------
# notes
# --------------------------------------------------------------------------------------

def role_kind(t):
    if t == "":
        return "empty (bad)"
    if t.startswith("http://data.europa.eu/esco/occupation/"):
        return "ESCO occupation URI"
    if re.fullmatch(r"\d\d-\d{4}\.\d\d", t):
        return "O*NET-SOC code"
    return "free text"


def write_notes(st):
    W = []
    a = W.append
    inv_reason = dict(INVALID_OB3)
    a("# Sample learners and micro-credential catalogue (generated)")
    a("")
    a("Generated by `data-samples/tools/make_learners_catalog.py` (stdlib Python 3, fixed seed %d) from hand-written" % SEED)
    a("banks. Re-running it rewrites `data-samples/catalog/`, `data-samples/learners/` and this file byte-for-byte.")
    a("ESCO skill labels were resolved to concept URIs from ESCO v1.1.1 `skills_en.csv` (exact `preferredLabel` match);")
    a("every ESCO URI written anywhere was re-read and checked to exist with exactly the label given. O*NET technology")
    a("names + commodity codes were checked against O*NET 29.2 `Technology Skills.txt`. All names, companies, URLs")
    a("(`*.example` domains), e-mail addresses (`@example.com`) and phone numbers (07700 900xxx) are invented.")
    a("")
    a("Total size of `catalog/` + `learners/`: %d bytes." % st["size"])
    a("")
    a("## Catalogue: `catalog/`")
    a("")
    a("### `catalog/openbadges/` - Open Badges 3.0 Achievements")
    a("")
    a("- Files: **%d** = **%d valid** + **%d deliberately invalid**." % (st["ob_files"], st["ob_valid"], len(st["ob_invalid"])))
    a("- Valid with at least one alignment: **%d**; valid with NO alignment (skills must be inferred from title/description): **%d**."
      % (st["ob_valid"] - len(st["ob_noalign"]), len(st["ob_noalign"])))
    a("- Alignment objects in valid files: %d (ESCO skills, plus O*NET technologies in %d files)." % (st["ob_nalign"], len(st["ob_onet"])))
    a("- File name = last path segment of `id` + `.json`; `id` = `<provider base>/achievements/<slug>`; the slug starts with the provider key.")
    a("- Levels (valid files): " + ", ".join("%s %d" % (k, st["ob_levels"][k]) for k in (F, I, A)) + ".")
    a("- Formats (valid files): " + ", ".join("%s %d" % (k, v) for k, v in sorted(st["ob_fmts"].items())) + ".")
    a("- Cost currencies (valid files with a cost): " + ", ".join("%s %d" % (k, v) for k, v in sorted(st["ob_curr"].items()))
      + "; free (amount 0): %d." % len(st["ob_free"]))
    a("- estimatedHours range (valid files): %d-%d; cost amount range: %g-%g." % st["ob_ranges"])
    a("")
    a("Valid but INCOMPLETE (still valid, fields simply absent):")
    a("")
    for f in st["ob_nohours"]:
        a("- `%s` - no `estimatedHours`%s" % (f, " and no `cost`" if f in st["ob_nocost"] else ""))
    for f in st["ob_nocost"]:
        if f not in st["ob_nohours"]:
            a("- `%s` - no `cost`" % f)
    a("")
    a("Valid with NO `alignment` at all (skills to infer from name/description):")
    a("")
    for f in st["ob_noalign"]:
        a("- `%s`" % f)
    a("")
    a("Deliberately INVALID (a reader should reject/skip each, with a warning, and carry on):")
    a("")
    for s, _ in INVALID_OB3:
        a("- `%s.json` - %s" % (s, inv_reason[s]))
    a("")
    a("Valid files with an O*NET technology alignment (`targetFramework` \"O*NET\", `targetName` = technology example,")
    a("`targetCode` = commodity code, `targetUrl` = the O*NET Technology Skills dictionary page):")
    a("")
    a(", ".join("`%s`" % f for f in st["ob_onet"]))
    a("")
    a("Foundation -> advanced pairs (same provider, at least one shared ESCO skill; computed from the files):")
    a("")
    for fo, ad in st["ob_pairs"]:
        a("- `%s` -> `%s`" % (fo, ad))
    a("")
    a("### Providers")
    a("")
    a("| key | provider | kind | default currency | valid OB3 files |")
    a("| --- | --- | --- | --- | --- |")
    for k, (n, base, kind, cur, _l) in PROVIDERS.items():
        a("| %s | %s | %s | %s | %d |" % (k, n, kind, cur, st["ob_provs"].get(n, 0)))
    a("")
    a("Other providers appear only in `courses.csv` / `ctdl/`: City Adult Learning Service, Lakeshore Community College.")
    a("")
    a("### `catalog/openbadges2/` - Open Badges 2.0 BadgeClasses")
    a("")
    a("- Files: **%d**: %s." % (len(st["ob2"]), ", ".join("`%s`" % f for f in st["ob2"])))
    a("- `@context` = [OB 2.0 context, `https://skillgap.dev/ns/catalog/v1`]; hours/cost/level/format/url use the same extension")
    a("  properties as the OB3 files; `issuer` is an embedded Profile (`name`); alignment has `targetName`, `targetUrl` (ESCO), `targetFramework` \"ESCO\".")
    a("- `criteria` is an object with `narrative` in most files and a plain URL string in `bca-ob2-customer-care-skills.json`")
    a("  and `ckc-ob2-safe-food-handling.json` (both are legal OB 2.0). All 5 are valid.")
    a("")
    a("### `catalog/courses.csv`")
    a("")
    a("- Data rows: **%d** (plus header; no field contains a newline, so data row N is file line N+1)." % st["courses"])
    a("- `skills`: `|`-separated ESCO skill URIs and/or O*NET technology names (e.g. `Microsoft Excel`, `Tableau`, `Docker`).")
    a("- Rows with EMPTY skills (infer from title/description): " + ", ".join("row %d (`%s`)" % x for x in st["courses_empty"]) + ".")
    a("- Deliberately BAD row: " + ", ".join("row %d (`%s`, file line %d): cost is `free?` (not a number)" % (i, c, i + 1) for i, c in st["courses_bad"]) + ".")
    a("- Quoting to exercise the CSV reader: CRS-004 title contains a comma; CRS-017 title contains double quotes; several descriptions contain commas.")
    a("")
    a("### `catalog/ctdl/` - CTDL JSON-LD")
    a("")
    a("- Files: **%d**; learning-opportunity/credential nodes: **%d**." % (len(st["ctdl"]), len(st["ctdl_nodes"])))
    for f in st["ctdl"]:
        ts = [t for (ff, t) in st["ctdl_nodes"] if ff == f]
        a("  - `%s` - %s" % (f, ", ".join(ts) if len(ts) == 1 else "`@graph` bundle with %d x %s" % (len(ts), ts[0])))
    a("- `ceterms:estimatedDuration` is a plain ISO-8601 string (`PT20H`) as FORMATS.md says (real CTDL wraps it in a DurationProfile).")
    a("- `ceterms:name` is a plain string in `ctdl-course-warehouse-safety-induction`, `ctdl-learningopp-devops-on-cloud` and the first")
    a("  graph course; a language map `{\"en-US\": ...}` in `ctdl-certificate-applied-data-analytics`, `ctdl-course-bookkeeping-payroll`")
    a("  and the second graph course. In the language-map nodes `ceterms:targetNodeName`, `ceterms:frameworkName` and the cost")
    a("  `ceterms:description` are language maps too. `ceterms:description` is a language map in the certificate and the bookkeeping course.")
    a("- `ceterms:ownedBy` is a list with one embedded `ceterms:CredentialOrganization` (`@id`, `ceterms:name`).")
    a("- `ceterms:currency` is an ISO 4217 code (GBP/USD/EUR); `ceterms:framework` is the ESCO skills scheme URI.")
    a("")
    a("## Learners: `learners/`")
    a("")
    L = st["learners"]
    cv = st["cvinfo"]
    nocv = [l["learnerId"] for l in L if l["cvFile"] is None]
    missing = [k for k, v in cv.items() if v[0] == "missing"]
    nodecl = [l["learnerId"] for l in L if not l["declaredSkills"]]
    nobadge = [l["learnerId"] for l in L if not l["badges"]]
    nothing = [l["learnerId"] for l in L if l["cvFile"] is None and not l["declaredSkills"] and not l["badges"]]
    kinds = {}
    for l in L:
        kinds[role_kind(l["targetRole"])] = kinds.get(role_kind(l["targetRole"]), 0) + 1
    a("- `learners.jsonl`: **%d** learners, `L001`..`L%03d`." % (len(L), len(L)))
    a("- `targetRole` kinds: " + ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items())) + ".")
    a("- Deliberately BAD target roles: `L063` = `\"dragon tamer\"` (not an occupation), `L064` = `\"\"` (empty string).")
    a("- `cvFile` null (no CV): **%d** learners: %s." % (len(nocv), ", ".join(nocv)))
    a("- `cvFile` set but the file does not exist (deliberate): %s (`cv/%s.txt`)." % (", ".join(missing), missing[0]))
    a("- CV files present in `cv/`: **%d**." % len(st["cv_files"]))
    a("- Learner with neither CV nor declared skills nor badges: %s." % ", ".join(nothing))
    a("- Empty `declaredSkills`: %s (%d)." % (", ".join(nodecl), len(nodecl)))
    a("- Empty `badges`: %d learners; badges total: %d (every badge id is the `id` of a valid file in `catalog/openbadges/`)."
      % (len(nobadge), sum(len(l["badges"]) for l in L)))
    a("")
    a("CV encodings (all CVs are 800-4000 characters after decoding):")
    a("")
    by_enc = {}
    for k, (e, crlf, n) in sorted(cv.items()):
        if e != "missing":
            by_enc.setdefault(e, []).append(k)
    for e in ("UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE with BOM", "UTF-8 with invalid bytes"):
        a("- %s: %d - %s" % (e, len(by_enc.get(e, [])), ", ".join(by_enc.get(e, []))))
    crlf = sorted(k for k, v in cv.items() if v[1])
    a("- CRLF line endings: %d - %s (all others LF)." % (len(crlf), ", ".join(crlf)))
    a("- The Windows-1252 CVs contain `£`, `é` and `’` (bytes A3, E9, 92).")
    a("- The invalid-UTF-8 CV (L034) is UTF-8 except that the first occurrence of each of "
      + ", ".join("`%s` was replaced by the single byte 0x%02X" % (ch, bad[0]) for ch, bad in BAD_BYTES_DONE)
      + " (as after a paste from a Windows-1250/1252 document); later occurrences are valid UTF-8. Decode with replacement"
      " characters or a Windows-1252 fallback.")
    a("")
    a("Per learner (intended occupation = the ESCO occupation the persona was written for; `-` = deliberately unmappable):")
    a("")
    a("| id | targetRole | kind | intended ESCO occupation | CV | declared | badges |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    occ = {p["learnerId"]: p["occ"] for p in PERSONAS}
    for l in L:
        c = l["cvFile"]
        cvs = "none" if c is None else ("%s (MISSING FILE)" % c if cv[l["learnerId"]][0] == "missing" else
                                        "%s, %s%s" % (c, cv[l["learnerId"]][0], ", CRLF" if cv[l["learnerId"]][1] else ""))
        a("| %s | %s | %s | %s | %s | %d | %d |" % (l["learnerId"], l["targetRole"].replace("|", "/") or '""',
                                                  role_kind(l["targetRole"]), occ[l["learnerId"]] or "-", cvs,
                                                  len(l["declaredSkills"]), len(l["badges"])))
    a("")
    a("Designed learner-catalogue relations (examples): L001 aspiring data analyst knows Excel (has the Excel badge) but")
    a("no SQL/Tableau -> `nda-sql-for-data-analysis`, `nda-data-visualisation-tableau`; L019 home care worker moving into nursing")
    a("-> `mvt-nursing-associate-bridging`, `mvt-infection-prevention-control`; L028 retail assistant aiming at retail department")
    a("manager -> `rcfe-retail-team-leader`, `rcfe-retail-department-management`; L022 shop assistant -> pharmacy technician;")
    a("L024 warehouse operative -> home care; L041 bank adviser -> financial analyst (has Excel foundation, lacks")
    a("`lfa-advanced-excel-for-finance`/`lfa-financial-modelling-valuation`); L054 developer -> ICT project manager.")
    a("")
    a("O*NET-SOC codes used as targetRole: " + ", ".join("`%s` (%s)" % kv for kv in sorted(ONET_SOC.items())) + ".")
    a("")
    with open(NOTES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(W))


# --------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--esco-dir", help="folder with ESCO v1.1.1 skills_en.csv")
    ap.add_argument("--onet-dir", help="folder with O*NET 29.2 'Technology Skills.txt' (optional)")
    args = ap.parse_args()
    esco_dir = find_data(args.esco_dir, "esco", "esco-v1.1.1", "skills_en.csv")
    if not esco_dir:
        sys.exit("ESCO v1.1.1 skills_en.csv(.gz) not found; pass --esco-dir")
    onet_dir = find_data(args.onet_dir, "onet", "onet-29.2", "Technology Skills.txt")
    if not onet_dir:
        print("warning: O*NET Technology Skills not found; O*NET names/codes not re-checked", file=sys.stderr)
    by_label, by_uri = load_esco(esco_dir)
    onet_pairs = load_onet(onet_dir)
    esco = Esco(by_label, by_uri)

    # clean only what this script owns
    for sub in ("openbadges", "openbadges2", "ctdl"):
        shutil.rmtree(os.path.join(CATALOG, sub), ignore_errors=True)
    shutil.rmtree(os.path.join(LEARNERS, "cv"), ignore_errors=True)
    for f in (os.path.join(CATALOG, "courses.csv"), os.path.join(LEARNERS, "learners.jsonl")):
        if os.path.exists(f):
            os.remove(f)
    os.makedirs(CATALOG, exist_ok=True)
    os.makedirs(LEARNERS, exist_ok=True)

    rng = random.Random(SEED)
    write_openbadges(esco)
    write_openbadges2(esco)
    write_courses(esco)
    write_ctdl(esco)
    write_learners(rng)

    errs, st = verify(by_uri, onet_pairs)
    if errs:
        print("\n".join(errs))
        sys.exit("verification FAILED (%d problems)" % len(errs))
    write_notes(st)
    print("openbadges: %d files (%d valid, %d invalid, %d without alignment); openbadges2: %d; courses: %d rows; "
          "ctdl: %d files; learners: %d (%d CV files); %d bytes"
          % (st["ob_files"], st["ob_valid"], len(st["ob_invalid"]), len(st["ob_noalign"]), len(st["ob2"]),
             st["courses"], len(st["ctdl"]), len(st["learners"]), len(st["cv_files"]), st["size"]))


if __name__ == "__main__":
    main()
