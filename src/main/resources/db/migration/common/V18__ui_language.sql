-- The language of the user's screens, chosen on My account; null: the browser's
alter table app_user add column ui_language varchar(16);
