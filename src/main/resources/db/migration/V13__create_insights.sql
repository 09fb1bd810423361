-- Insights for trainers: weekly counts of what stored checks found, kept as numbers only (no
-- text, no check ids), so they can outlive the checks themselves, which expire.
-- week_start is the Monday (UK time) of the week the checks were made.
create table insight_weekly_checks (
    week_start  date    not null primary key,
    checks      integer not null
);

-- drafts: checks whose most serious finding in this category had this severity, so the rows
-- of one category add up to the drafts that had that risk at all. findings: every finding.
create table insight_weekly_findings (
    week_start  date        not null,
    category    varchar(30) not null,
    severity    varchar(10) not null,
    drafts      integer     not null,
    findings    integer     not null,
    primary key (week_start, category, severity)
);
