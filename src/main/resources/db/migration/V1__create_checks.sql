-- A check keeps only the masked draft (identifiers blotted out, same length, so offsets hold),
-- the safer version, and the findings. It is deleted on request or when it expires.
create table checks (
    id               uuid primary key,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    ruleset_version  varchar(40)    not null,
    platform         varchar(20)    not null,
    audience         varchar(20)    not null,
    named_account    boolean        not null,
    risk_level       varchar(10)    not null,
    masked_text      varchar(20000) not null,
    safer_text       varchar(40000) not null
);

create index checks_expires_at on checks (expires_at);

create table check_findings (
    check_id      uuid           not null references checks (id) on delete cascade,
    list_index    integer        not null,
    rule_id       varchar(80)    not null,
    category      varchar(30)    not null,
    severity      varchar(10)    not null,
    start_offset  integer        not null,
    end_offset    integer        not null,
    excerpt       varchar(20000) not null,
    title         varchar(200)   not null,
    message       varchar(2000)  not null,
    suggestion    varchar(2000),
    guidance      varchar(1000)  not null,
    evidence      varchar(20000) not null,
    primary key (check_id, list_index)
);
