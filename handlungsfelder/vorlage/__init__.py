"""A municipality's concept made from another one ("Als Vorlage übernehmen") and following its later changes."""
