"""The store, browsable by people and queryable by programs: HTTP API and web UI.

``pantau.web.app.create_app(db)`` builds the FastAPI application; the static
report renders the same templates through :mod:`pantau.web.render` without
loading the web server stack.
"""
