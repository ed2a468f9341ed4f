"""Entry point for the wine club member portal (membership, shipments, preferences)."""
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from club_portal import create_app

app = create_app(os.environ.get("CLUB_PORTAL_CONFIG", "club_portal.config.Production"))
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)


def main() -> None:
    host = os.environ.get("CLUB_PORTAL_HOST", "0.0.0.0")
    port = int(os.environ.get("CLUB_PORTAL_PORT", "8080"))
    run_simple(
        host,
        port,
        app,
        use_reloader=False,
        use_debugger=True,
        threaded=True,
    )


if __name__ == "__main__":
    main()
