-- The Tibetan and Mongolian texts of the interface are machine-drafted in the message bundles. Reviewers from
-- the community correct them here: a row overrides the bundle's text of one key in one language (text null:
-- the bundle's text was read and kept) and says who reviewed it and when. No row: still machine-drafted.
create table translation_review (
    language     varchar(5)    not null check (language in ('bo', 'mn')),
    message_key  varchar(200)  not null,
    text         varchar(2000),
    reviewed_by  varchar(50)   not null,
    reviewed_at  timestamptz   not null,
    primary key (language, message_key)
);
