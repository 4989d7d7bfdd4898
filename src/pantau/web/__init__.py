"""The store, browsable by people and queryable by programs: HTTP API and web UI.

``create_app(db)`` builds the FastAPI application; the static report renders the
same templates through :mod:`pantau.web.render`.
"""

from pantau.web.app import create_app

__all__ = ["create_app"]
