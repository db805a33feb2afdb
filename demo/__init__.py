"""The host site's demo: a realistic German IT-Konzept for a Bavarian county, loaded by `manage.py load_demo`.

The content is data (`data/`, format in `data/README.md`); the modules here read it and build it through Wagtail.
"""
