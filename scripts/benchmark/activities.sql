-- Benchmark volume for meetings, the festival, the Meeting Point and accounts (issue 10), on top of data.sql and the
-- demo data: 300 Kenniscafés and Beleidslabs with 100,000 registrations, a published Kennisfestival 2027 with 150
-- sessions (plus 3,000 visitors' registrations), 5,000 Meeting Point questions and 500 accounts. Deterministic: the
-- same data every run. Written as the services would leave it:
--   - a meeting's registrations fill its seats in the order they came (cancelled ones hold none), the rest wait, so
--     a waiting list exists only behind a full meeting; a cancelled meeting's registrations are all cancelled;
--   - past meetings lie within the privacy retention (12 months) and have had their reminders, so the background jobs
--     find nothing to erase or remind during a run (they would otherwise mail a hundred thousand people);
--   - open questions were reminded an hour ago for the same reason; a question passed on has someone to hold it.
-- Registrations for the benchmark's own registration run go to the three 'Benchmarkaanmelding' meetings.

-- 500 accounts: 100 medewerkers and 400 partners of the benchmark organisations, all with the demo password.
insert into account (version, username, display_name, role, organisation_id, password_hash, enabled, created_at,
                     email, source)
select 0, 'bench-' || g, 'Benchmarkaccount ' || g, case when g <= 100 then 'MEDEWERKER' else 'PARTNER' end,
       case when g <= 100 then null else (select id from organisation where name = 'Organisatie ' || (g * 7 % 1000 + 1)) end,
       (select password_hash from account where username = 'medewerker'), true, now() - g * interval '1 day',
       'bench-' || g || '@example.org', 'LOCAL'
from generate_series(1, 500) g;

-- 300 meetings, one every 36 hours from 330 days ago: about 220 past, 80 to come. Every fiftieth is cancelled, a few
-- of those to come are still concepts.
insert into meeting (version, type, title, topic, theme_id, description, starts_at, ends_at, location, capacity, audience,
                     status, reminders_sent_at, created_at)
select 0, case when g % 3 = 0 then 'BELEIDSLAB' else 'KENNISCAFE' end,
       (case when g % 3 = 0 then 'Beleidslab ' else 'Kenniscafé ' end) || g || ': ' ||
       (array['eenzaamheid','gezond gewicht','bewegen in de wijk','schulden en gezondheid','roken','jeugd'])[1 + g % 6],
       (array['eenzaamheid','gezond gewicht','bewegen in de wijk','schulden en gezondheid','roken','jeugd'])[1 + g % 6],
       (select id from theme where sort_order = 1 + g % 4),
       'Bijeenkomst ' || g || ' van het Leiden Healthy Society Center: onderzoekers, professionals en bewoners delen kennis.',
       s.starts_at, s.starts_at + interval '2 hours', 'Bibliotheek Leiden, zaal ' || (1 + g % 5),
       250 + (g * 37) % 200, 'Professionals en bewoners',
       case when g % 50 = 0 then 'GEANNULEERD'
            when g % 37 = 0 and s.starts_at > now() then 'CONCEPT'
            else 'GEPUBLICEERD' end,
       case when s.starts_at < now() + interval '3 days' then s.starts_at - interval '1 day' end,
       s.starts_at - interval '60 days'
from generate_series(1, 300) g
cross join lateral (select ((current_date - 330 + (g * 3) / 2) + time '19:30') at time zone 'Europe/Amsterdam'
                        as starts_at) s;

create temporary table bench_meetings as
select m.id as meeting_id, m.capacity, m.status, m.starts_at, row_number() over (order by m.id) - 1 as n
from meeting m
where m.title ~ '^(Kenniscafé|Beleidslab) [0-9]+: ' and m.status <> 'CONCEPT';

insert into meeting_organiser (meeting_id, organisation_id)
select b.meeting_id, o.id from bench_meetings b
join organisation o on o.name in ('Organisatie ' || (1 + b.n * 11 % 1000), 'Organisatie ' || (1 + b.n * 13 % 1000 + 1));

insert into meeting_organiser (meeting_id, organisation_id)
select m.id, (select id from organisation where name = 'Organisatie 1')
from meeting m where m.title ~ '^(Kenniscafé|Beleidslab) [0-9]+: ' and m.status = 'CONCEPT';

-- 100,000 registrations spread evenly; k is the order in which they came for their meeting.
create temporary table bench_registrations as
select r, b.meeting_id, b.capacity, b.status as meeting_status, b.starts_at,
       row_number() over (partition by b.meeting_id order by r) as k
from generate_series(1, 100000) r
join bench_meetings b on b.n = r % (select count(*) from bench_meetings);

create temporary table bench_seated as
select r, k, meeting_id, capacity, meeting_status, starts_at,
       case when meeting_status = 'GEANNULEERD' or k % 10 = 0 then 'CANCELLED'
            when row_number() over (partition by meeting_id, (meeting_status = 'GEANNULEERD' or k % 10 = 0) order by k)
                 <= capacity then 'CONFIRMED'
            else 'WAITING' end as status,
       least(starts_at - interval '30 days', now() - interval '1 day') + k * interval '1 minute' as registered_at
from bench_registrations;

insert into registration (version, meeting_id, status, name, email, email_key, organisation, kind, needs, area_id,
                          language, consent_version, token, attendance, registered_at, confirmed_at, cancelled_at)
select 0, meeting_id, status, 'Deelnemer ' || (r % 40000), 'deelnemer' || (r % 40000) || '@example.org',
       'deelnemer' || (r % 40000) || '@example.org',
       case when r % 3 = 1 then 'Organisatie ' || (1 + r % 1000) end,
       (array['INWONER','PROFESSIONAL','STUDENT'])[1 + r % 3], case when r % 25 = 0 then 'Rolstoelplek' end,
       case when r % 4 = 0 then (select id from area where level = 'DISTRICT' order by id offset (r % 10) limit 1) end,
       case when r % 10 = 0 then 'en' else 'nl' end, 1, encode(sha256(cast('registration ' || r as bytea)), 'hex'),
       case when status = 'CONFIRMED' and starts_at < now() then (case when k % 7 = 0 then 'NO_SHOW' else 'PRESENT' end) end,
       registered_at, case when status = 'CONFIRMED' then registered_at end,
       case when status = 'CANCELLED' then least(registered_at + interval '5 days', starts_at) end
from bench_seated;

-- Three open meetings with room for the registration run (5,000 seats each, the most a meeting may have).
insert into meeting (version, type, title, topic, theme_id, description, starts_at, ends_at, location, capacity, audience,
                     status, created_at)
select 0, 'KENNISCAFE', 'Benchmarkaanmelding ' || g, 'drukte', (select id from theme where sort_order = 1),
       'Bijeenkomst waarvoor de belastingtest aanmeldingen doet.',
       ((current_date + 60 + g) + time '19:30') at time zone 'Europe/Amsterdam',
       ((current_date + 60 + g) + time '21:30') at time zone 'Europe/Amsterdam', 'Stadsgehoorzaal Leiden', 5000,
       null, 'GEPUBLICEERD', now()
from generate_series(1, 3) g;

insert into meeting_organiser (meeting_id, organisation_id)
select m.id, (select id from organisation where name = 'Organisatie 1') from meeting m
where m.title like 'Benchmarkaanmelding %';

-- The Leids Kennisfestival 2027: five venues of three rooms, two days of five one-hour slots, every room used in
-- every slot: 150 accepted and placed sessions, each with its published meeting, and 30 proposals not accepted.
insert into festival_edition (version, festival_year, theme, first_day, last_day, call_opens_at, call_closes_at,
                              published_at, created_at)
values (0, 2027, 'Gezond samenleven in Leiden', date '2027-03-11', date '2027-03-12',
        now() - interval '150 days', now() - interval '60 days', now() - interval '7 days', now() - interval '160 days');

insert into festival_venue (edition_id, name, address)
select (select id from festival_edition where festival_year = 2027), 'Festivallocatie ' || v, 'Breestraat ' || v || ', Leiden'
from generate_series(1, 5) v;

insert into festival_room (venue_id, name, capacity, accessibility)
select fv.id, 'Zaal ' || r, (array[300, 120, 60])[r], 'Drempelvrij'
from festival_venue fv cross join generate_series(1, 3) r
where fv.name like 'Festivallocatie %';

insert into festival_slot (edition_id, slot_day, starts_at, ends_at)
select (select id from festival_edition where festival_year = 2027), d, t, t + interval '1 hour'
from (values (date '2027-03-11'), (date '2027-03-12')) as days (d)
cross join (values (time '10:00'), (time '11:15'), (time '13:30'), (time '14:45'), (time '16:00')) as times (t);

create temporary table bench_places as
select row_number() over (order by s.slot_day, s.starts_at, r.id) as p, r.id as room_id, r.capacity, s.id as slot_id,
       (s.slot_day + s.starts_at) at time zone 'Europe/Amsterdam' as starts_at,
       fv.name || ', ' || r.name as location
from festival_room r
join festival_venue fv on fv.id = r.venue_id
join festival_slot s on s.edition_id = fv.edition_id
where fv.edition_id = (select id from festival_edition where festival_year = 2027);

insert into meeting (version, type, title, theme_id, description, starts_at, ends_at, location, capacity, status,
                     created_at)
select 0, 'FESTIVALSESSIE', 'Festivalsessie ' || p, (select id from theme where sort_order = 1 + p % 4),
       'Sessie ' || p || ' van het Leids Kennisfestival 2027.', starts_at,
       starts_at + (case when p % 2 = 0 then 45 else 60 end) * interval '1 minute', location, capacity,
       'GEPUBLICEERD', now() - interval '7 days'
from bench_places;

insert into session_proposal (version, edition_id, organisation_id, title, abstract_text, format, theme_id,
                              audience, expected_participants, duration_minutes, status, contact_name,
                              contact_email, submitted_at, decided_at, room_id, slot_id, meeting_id)
select 0, (select id from festival_edition where festival_year = 2027),
       (select id from organisation where name = 'Organisatie ' || (1 + p * 3 % 1000)), 'Festivalsessie ' || p,
       'Sessie ' || p || ' van het Leids Kennisfestival 2027.',
       (array['LEZING','WORKSHOP','RONDLEIDING','PITCH','DEBAT'])[1 + p % 5],
       (select id from theme where sort_order = 1 + p % 4), 'Iedereen', least(capacity, 20 + p % 50),
       case when p % 2 = 0 then 45 else 60 end, 'GEACCEPTEERD', 'Contactpersoon ' || p,
       'festival' || p || '@example.org', now() - interval '100 days', now() - interval '30 days', room_id, slot_id,
       (select id from meeting where title = 'Festivalsessie ' || p)
from bench_places;

insert into session_proposal (version, edition_id, organisation_id, title, abstract_text, format, audience,
                              expected_participants, duration_minutes, status, contact_name, contact_email,
                              submitted_at, decided_at)
select 0, (select id from festival_edition where festival_year = 2027),
       (select id from organisation where name = 'Organisatie ' || (500 + p)), 'Festivalvoorstel ' || p,
       'Voorstel ' || p || ' dat niet in het programma kwam.', 'LEZING', 'Iedereen', 30, 45,
       case when p % 2 = 0 then 'AFGEWEZEN' else 'RESERVE' end, 'Contactpersoon ' || p,
       'voorstel' || p || '@example.org', now() - interval '100 days', now() - interval '30 days'
from generate_series(1, 30) p;

insert into session_speaker (proposal_id, position, name, bio)
select sp.id, n, 'Spreker ' || sp.id || '-' || n, null
from session_proposal sp cross join generate_series(0, 1) n
where sp.edition_id = (select id from festival_edition where festival_year = 2027) and (n = 0 or sp.id % 3 = 0);

insert into meeting_organiser (meeting_id, organisation_id)
select meeting_id, organisation_id from session_proposal where meeting_id is not null
and edition_id = (select id from festival_edition where festival_year = 2027);

-- 20 visitors per session, each with an address of their own, so nobody holds two sessions at the same time.
insert into registration (version, meeting_id, status, name, email, email_key, kind, language, consent_version, token,
                          registered_at, confirmed_at)
select 0, b.id, 'CONFIRMED', 'Bezoeker ' || b.id || '-' || v, 'bezoeker' || b.id || '-' || v || '@example.org',
       'bezoeker' || b.id || '-' || v || '@example.org', (array['INWONER','PROFESSIONAL','STUDENT'])[1 + v % 3], 'nl', 1,
       encode(sha256(cast('festival ' || b.id || '-' || v as bytea)), 'hex'), now() - interval '6 days',
       now() - interval '6 days'
from meeting b cross join generate_series(1, 20) v
where b.title like 'Festivalsessie %';

-- 5,000 Meeting Point questions over the last 330 days: new, in hand, passed on, answered and closed.
create temporary table bench_questions as
select g, (array['NIEUW','IN_BEHANDELING','DOORVERWEZEN','DOORVERWEZEN','BEANTWOORD','BEANTWOORD','GESLOTEN',
                 'GESLOTEN','GESLOTEN','IN_BEHANDELING'])[1 + g % 10] as status,
       now() - (g % 330) * interval '1 day' - (g % 24) * interval '1 hour' as created_at
from generate_series(1, 5000) g;

insert into question (version, status, priority, asker_name, asker_email, asker_email_key, asker_kind,
                      asker_organisation, theme_id, area_id, text, language, consent_version, token, assignee_id,
                      created_at, waiting_since, first_answered_at, closed_at, reminded_at)
select 0, q.status, (array['NORMAAL','NORMAAL','HOOG','LAAG'])[1 + g % 4], 'Vrager ' || g,
       'vrager' || g || '@example.org', 'vrager' || g || '@example.org',
       (array['INITIATIEFNEMER','INWONER','PROFESSIONAL','STUDENT'])[1 + g % 4],
       case when g % 4 = 2 then 'Organisatie ' || (1 + g % 1000) end,
       (select id from theme where sort_order = 1 + g % 4),
       (select id from area where level = 'DISTRICT' order by id offset (g % 10) limit 1),
       'Vraag ' || g || ': hoe kunnen wij in onze wijk ' ||
       (array['eenzaamheid','overgewicht','schulden','roken','stress'])[1 + g % 5] || ' aanpakken, en wie kan helpen?',
       case when g % 10 = 0 then 'en' else 'nl' end, 2, encode(sha256(cast('question ' || g as bytea)), 'hex'),
       case when q.status = 'DOORVERWEZEN' and g % 3 = 0
            then (select id from account where username = 'bench-' || (101 + g % 400)) end,
       q.created_at,
       case when q.status in ('NIEUW', 'IN_BEHANDELING', 'DOORVERWEZEN') then q.created_at end,
       case when q.status in ('BEANTWOORD', 'GESLOTEN') then least(q.created_at + interval '3 days', now()) end,
       case when q.status = 'GESLOTEN' then least(q.created_at + interval '10 days', now()) end,
       case when q.status in ('NIEUW', 'IN_BEHANDELING', 'DOORVERWEZEN') then now() - interval '1 hour' end
from bench_questions q;

create temporary table bench_question_ids as
select q.id as question_id, cast(substring(q.asker_name from 8) as integer) as g, q.status, q.created_at,
       q.assignee_id
from question q where q.asker_name like 'Vrager %';

-- Passed on to the assignee's organisation (a partner), else to one or two benchmark organisations; every tenth
-- goes (also) to GGD Hollands Midden, so the demo partner has an inbox of its own.
insert into question_organisation (question_id, organisation_id)
select distinct q.question_id, o.id from bench_question_ids q
join organisation o on o.name in ('Organisatie ' || (1 + q.g % 1000), 'Organisatie ' || (1 + q.g * 7 % 1000))
    or (o.name = 'GGD Hollands Midden' and q.g % 10 = 2)
where q.status = 'DOORVERWEZEN' and q.assignee_id is null;

insert into question_organisation (question_id, organisation_id)
select q.question_id, a.organisation_id from bench_question_ids q join account a on a.id = q.assignee_id;

insert into question_message (question_id, kind, text, author_id, organisation_id, created_at)
select q.question_id, 'GEBEURTENIS', 'Doorverwezen naar partners van het Meeting Point', (select id from account where username = 'medewerker'), null,
       q.created_at + interval '1 day'
from bench_question_ids q where q.status = 'DOORVERWEZEN';

insert into question_message (question_id, kind, text, author_id, organisation_id, created_at)
select q.question_id, 'AAN_VRAAGSTELLER', 'Dank voor uw vraag; hier is ons antwoord.',
       (select id from account where username = 'medewerker'), null, least(q.created_at + interval '3 days', now())
from bench_question_ids q where q.status in ('BEANTWOORD', 'GESLOTEN');

analyze account, meeting, meeting_organiser, registration, festival_edition, festival_venue, festival_room, festival_slot,
        session_proposal, session_speaker, question, question_organisation, question_message;
