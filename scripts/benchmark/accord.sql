-- Benchmark volume for the prevention accord (issue 4): 60 areas (the city, its districts and neighbourhoods, made up
-- to 60 with numbered benchmark neighbourhoods), 50 indicators under the accord's ambitions, each measured in
-- 10 years in all 60 areas: 30,000 measurements on top of the demo data (whose indicators come on top). Deterministic.
insert into area (name, name_key, level, parent_id, active)
select 'Benchmarkwijk ' || g, 'benchmarkwijk ' || g, 'WIJK',
       (select id from area where level = 'DISTRICT' order by id offset (g % 10) limit 1), true
from generate_series(1, 60 - (select count(*) from area)) g;

insert into indicator (version, ambition_id, name, definition, unit, direction, baseline_year, baseline_value,
                       target_year, target_value, source, age_group, sort_order)
select 0, a.id, 'Benchmarkindicator ' || g, 'Indicator voor de belastingtest', 'PERCENTAGE',
       case when g % 2 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end,
       2015, 40 + g % 10, 2030, case when g % 2 = 0 then 30 else 50 end + g % 10, 'Benchmark', null, 100 + g
from generate_series(1, 50) g
join ambition a on a.sort_order = 1 + g % 4;

insert into indicator_area_level (indicator_id, level)
select i.id, l.level from indicator i cross join (values ('STAD'), ('DISTRICT'), ('WIJK')) as l (level)
where i.name like 'Benchmarkindicator %';

insert into measurement (version, indicator_id, period, area_id, measured, margin, source, note, illustrative,
                         recorded_at)
select 0, i.id, y, ar.id, round(cast(20 + (i.id * 7 + ar.id * 13 + y * 3) % 60 as numeric), 1), null, 'Benchmark',
       null, true, now()
from indicator i
cross join generate_series(2015, 2024) y
cross join area ar
where i.name like 'Benchmarkindicator %';

analyze;
