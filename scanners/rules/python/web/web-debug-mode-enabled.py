import os

from fastapi import FastAPI
from flask import Flask
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

app = Flask(__name__)
# ruleid: web-debug-mode-enabled
api = FastAPI(title="orders", debug=True)

# ruleid: web-debug-mode-enabled
DEBUG = True


class ProductionConfig:
    # ruleid: web-debug-mode-enabled
    DEBUG = True
    TESTING = False


class DevelopmentConfig:
    # ok: web-debug-mode-enabled
    DEBUG = True


def configure():
    # ruleid: web-debug-mode-enabled
    app.config["DEBUG"] = True
    # ruleid: web-debug-mode-enabled
    app.debug = True


def configure_update():
    # ruleid: web-debug-mode-enabled
    app.config.update(DEBUG=True, SECRET_KEY=os.environ["SECRET_KEY"])


if __name__ == "__main__":
    # ruleid: web-debug-mode-enabled
    app.run(host="127.0.0.1", port=5000, debug=True)


def main_safe():
    # ok: web-debug-mode-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def main_off():
    # ok: web-debug-mode-enabled
    app.run(host="127.0.0.1", debug=False)


# ok: web-debug-mode-enabled
DEBUG_TOOLBAR = True
# ok: web-debug-mode-enabled
LOG_DEBUG = os.getenv("DEBUG", "false").lower() == "true"


DEFAULTS = {
    "JSON_SORT_KEYS": False,
    # ruleid: web-debug-mode-enabled
    "DEBUG": True,
}

TEST_SETTINGS = {
    "TESTING": True,
    # ok: web-debug-mode-enabled
    "DEBUG": True,
}


def serve_portal(app):
    options = {"host": "0.0.0.0", "port": 8080, "debug": True}
    # ruleid: web-debug-mode-enabled
    app.run(**options)


def serve_portal_quietly(app):
    options = {"host": "0.0.0.0", "port": 8080, "debug": False}
    # ok: web-debug-mode-enabled
    app.run(**options)


RUN_OPTIONS = {
    "port": 8000,
    # ruleid: web-debug-mode-enabled
    "debug": True,
}


def main(app):
    options = dict(RUN_OPTIONS)
    app.run(**options)


# ruleid: web-debug-mode-enabled
application = DebuggedApplication(app, evalex=True)
# ok: web-debug-mode-enabled
traceback_only = DebuggedApplication(app, evalex=False)


SERVER_OPTIONS = {
    "use_reloader": False,
    # ruleid: web-debug-mode-enabled
    "use_debugger": True,
}
QUIET_SERVER_OPTIONS = {
    # ok: web-debug-mode-enabled
    "use_debugger": False,
}


def serve(app):
    run_simple("127.0.0.1", 8040, app, **SERVER_OPTIONS)


def env_flag(name, default):
    raw = os.environ.get(name)
    return default if raw is None else raw.strip().lower() in {"1", "true", "yes", "on"}


# ruleid: web-debug-mode-enabled
DEBUG = env_flag("PORTAL_DEBUG", default=True)
# ruleid: web-debug-mode-enabled
DEBUG = os.getenv("PORTAL_DEBUG", "1") == "1"
# ok: web-debug-mode-enabled
DEBUG = env_flag("PORTAL_DEBUG", default=False)
# ok: web-debug-mode-enabled
DEBUG = os.getenv("PORTAL_DEBUG", "0") == "1"


class ServerOptions:
    host: str = "127.0.0.1"
    debug: bool = True


def serve(app, opts=None):
    opts = opts or ServerOptions()
    # ruleid: web-debug-mode-enabled
    app.run(host=opts.host, debug=opts.debug)


class QuietServerOptions:
    host: str = "127.0.0.1"
    debug: bool = False


def serve_quietly(app, quiet_opts=None):
    quiet_opts = quiet_opts or QuietServerOptions()
    # ok: web-debug-mode-enabled
    app.run(host=quiet_opts.host, debug=quiet_opts.debug)
