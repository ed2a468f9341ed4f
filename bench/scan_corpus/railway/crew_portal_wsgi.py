"""WSGI entry point for the crew portal (served by gunicorn behind the load balancer).

    gunicorn --config gunicorn.conf.py crew_portal_wsgi:app
"""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix

from crewportal import create_app

app = create_app(os.environ.get("CREWPORTAL_CONFIG", "crewportal.config.Production"))
app.config.update(
    DEBUG=False,
    TESTING=False,
    PROPAGATE_EXCEPTIONS=False,
    PREFERRED_URL_SCHEME="https",
)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

gunicorn_logger = logging.getLogger("gunicorn.error")
if gunicorn_logger.handlers:
    app.logger.handlers = gunicorn_logger.handlers
    app.logger.setLevel(gunicorn_logger.level)


if __name__ == "__main__":
    # local smoke test only; production always goes through gunicorn
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")), debug=False, use_reloader=False)
