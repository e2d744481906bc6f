-- The zone an account reads times in; null means its site's zone (site staff) or UTC.
alter table account add column time_zone varchar(60);
