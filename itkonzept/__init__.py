"""Django configuration of the IT-Konzept host site (settings, URLs, WSGI/ASGI)."""
