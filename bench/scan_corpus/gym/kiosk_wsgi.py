"""WSGI entry point for the front-desk check-in kiosk app.

gunicorn -w 2 -b 127.0.0.1:8010 kiosk_wsgi:application
"""
import logging
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from kiosk import create_app

logging.basicConfig(level=os.environ.get("KIOSK_LOG_LEVEL", "INFO"))

app = create_app(config_object=os.environ.get("KIOSK_CONFIG", "kiosk.config.Production"))
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

# front desk staff send us screenshots of the traceback page when check-in breaks
application = DebuggedApplication(app, evalex=True)
