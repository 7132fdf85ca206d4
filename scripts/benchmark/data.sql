-- Benchmark volume (issue 3): 1,000 organisations, 10,000 initiatives, 20,000 progress updates, on top of the
-- demo data. Deterministic: the same data every run. search_text follows Texts.searchKey (lower case, no accents).
insert into organisation (version, name, name_key, type, core_partner, active)
select 0, 'Organisatie ' || g, 'organisatie ' || g, (array['ZORG','WELZIJN','ONDERWIJS','OVERIG'])[1 + g % 4], false, true
from generate_series(1, 1000) g;

insert into initiative (version, number, title, description, search_text, status, published, created_at, last_updated_at)
select 0, 'B' || g, t.title, t.description,
       translate(lower(t.title || ' ' || t.description), 'ëéèï', 'eeei'),
       (array['IDEE','IN_VOORBEREIDING','LOPEND','AFGEROND','GESTOPT'])[1 + g % 5], g % 3 <> 0,
       now() - (g % 900) * interval '1 day', now() - (g % 400) * interval '1 day'
from generate_series(1, 10000) g
cross join lateral (select
    (array['Gezond','Vitaal','Samen','Sterk','Groen'])[1 + g % 5] || ' ' ||
    (array['bewegen','eten','wonen','leren','ontmoeten','opgroeien'])[1 + g % 6] || ' ' || g as title,
    'Initiatief ' || g || ' over ' ||
    (array['financiële zorgen','eenzaamheid','overgewicht','roken','stress'])[1 + g % 5] ||
    ' in de wijk, samen met bewoners en professionals.' as description) t;

create temporary table bench_ids as
select i.id as initiative_id, cast(substring(i.number from 2) as integer) as g
from initiative i where i.number like 'B%';

create temporary table bench_orgs as
select o.id as organisation_id, cast(substring(o.name from 13) as integer) as k
from organisation o where o.name like 'Organisatie %';

insert into initiative_lead (initiative_id, organisation_id)
select b.initiative_id, o.organisation_id from bench_ids b join bench_orgs o on o.k = 1 + (b.g * 7) % 1000;

insert into initiative_partner (initiative_id, organisation_id)
select b.initiative_id, o.organisation_id from bench_ids b join bench_orgs o
    on o.k in (1 + (b.g * 13 + 1) % 1000, 1 + (b.g * 17 + 2) % 1000) and o.k <> 1 + (b.g * 7) % 1000;

insert into initiative_theme (initiative_id, theme_id)
select b.initiative_id, t.id from bench_ids b join theme t on t.sort_order = 1 + b.g % 4;

insert into initiative_ambition (initiative_id, ambition_id)
select b.initiative_id, a.id from bench_ids b join ambition a on a.sort_order = 1 + b.g % 4 where b.g % 2 = 0;

insert into initiative_area (initiative_id, area_id)
select b.initiative_id, a.id from bench_ids b
join (select id, row_number() over (order by id) as n from area) a on a.n = 1 + b.g % 12;

insert into initiative_life_stage (initiative_id, life_stage)
select b.initiative_id, (array['JEUGD','JONGVOLWASSENEN','VOLWASSENEN','OUDEREN'])[1 + b.g % 4] from bench_ids b;

insert into progress_update (initiative_id, update_date, text, status_change, author_id, created_at)
select b.initiative_id, current_date - (b.g % 300 + n * 30), 'Voortgang ' || n || ' van initiatief ' || b.g,
       null, null, now()
from bench_ids b cross join generate_series(1, 2) n;

analyze;
