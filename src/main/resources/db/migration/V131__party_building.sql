-- The party-building network (社区党总支 + 网格党支部 + 楼栋党小组), cadres who report to their
-- community (报到) and vanguard demonstration teams (民族团结进步先锋示范队). No political field on
-- residents: membership is implied only by a cadre registration, which only staff in scope see.

create table party_organization (
    id                  uuid primary key,
    -- the community whose network it belongs to: the scope staff see it in
    community_id        uuid         not null references org_unit (id),
    -- a community or a grid carries it, or a building
    unit_id             uuid references org_unit (id),
    building_id         uuid references building (id),
    kind                varchar(20)  not null check (kind in ('GENERAL_BRANCH', 'BRANCH', 'GROUP')),
    name                varchar(100) not null,
    -- the secretary (branches) or leader (groups): a staff account
    leader_id           uuid references account (id),
    created_at          timestamptz  not null,
    check ((unit_id is null) <> (building_id is null)),
    check ((kind = 'GROUP') = (building_id is not null))
);
create unique index party_organization_unit_idx on party_organization (unit_id) where unit_id is not null;
create unique index party_organization_building_idx on party_organization (building_id) where building_id is not null;
create index party_organization_community_idx on party_organization (community_id);

create table cadre_registration (
    id                  uuid primary key,
    resident_id         uuid         not null references resident (id),
    community_id        uuid         not null references org_unit (id),
    registered_on       date         not null,
    offers              varchar(300) not null,
    created_at          timestamptz  not null,
    created_by          uuid         not null references account (id),
    ended_at            timestamptz
);
create unique index cadre_registration_active_idx on cadre_registration (resident_id) where ended_at is null;
create index cadre_registration_community_idx on cadre_registration (community_id, registered_on desc);

create table vanguard_team (
    id                  uuid primary key,
    community_id        uuid         not null references org_unit (id),
    name                varchar(100) not null,
    created_at          timestamptz  not null,
    unique (community_id, name)
);

create table vanguard_member (
    id                  uuid primary key,
    team_id             uuid         not null references vanguard_team (id),
    -- exactly one of: a staff account, a volunteer, a registered cadre
    account_id          uuid references account (id),
    volunteer_id        uuid references volunteer (id),
    cadre_id            uuid references cadre_registration (id),
    joined_at           timestamptz  not null,
    check (num_nonnulls(account_id, volunteer_id, cadre_id) = 1)
);
create unique index vanguard_member_account_idx on vanguard_member (team_id, account_id) where account_id is not null;
create unique index vanguard_member_volunteer_idx on vanguard_member (team_id, volunteer_id) where volunteer_id is not null;
create unique index vanguard_member_cadre_idx on vanguard_member (team_id, cadre_id) where cadre_id is not null;
