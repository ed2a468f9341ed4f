"""Entry point used by the reporting-api container."""
import logging
import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from reporting_api import create_app

SERVER_OPTIONS = dict(
    use_reloader=False,
    use_debugger=True,
    threaded=True,
)


def build_app():
    app = create_app(os.environ.get("REPORTING_CONFIG", "reporting_api.config.Production"))
    # behind the ALB: trust one hop of X-Forwarded-For / X-Forwarded-Proto
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    return app


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    host = os.environ["BIND_HOST"]
    port = int(os.environ.get("PORT", "8080"))
    run_simple(host, port, build_app(), **SERVER_OPTIONS)


if __name__ == "__main__":
    main()
