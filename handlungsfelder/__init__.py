"""The IT-Konzept plugin: a school IT concept as Wagtail pages, blocks and snippets."""
