-- Japanese forms of the CTCAE texts, from a bilingual dictionary file (e.g. the JCOG translation's
-- columns). Null where the file gave none: pages and documents then show the English text.
alter table ctcae_term add column soc_ja varchar(200);
alter table ctcae_term add column term_ja varchar(200);
alter table ctcae_term add column grade1_ja varchar(1000);
alter table ctcae_term add column grade2_ja varchar(1000);
alter table ctcae_term add column grade3_ja varchar(1000);
alter table ctcae_term add column grade4_ja varchar(1000);
alter table ctcae_term add column grade5_ja varchar(1000);
alter table ctcae_term add column definition_ja varchar(2000);
