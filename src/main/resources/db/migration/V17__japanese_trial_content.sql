-- Trial content in Japanese beside the English: the pages show the reader's language and fall
-- back to English where the Japanese is empty. Null means "not translated".
alter table trial add column title_ja varchar(300);
alter table arm add column name_ja varchar(200);
alter table stratification_factor add column name_ja varchar(200);
alter table factor_level add column name_ja varchar(200);
alter table eligibility_criterion add column text_ja varchar(1000);
alter table site add column name_ja varchar(200);
