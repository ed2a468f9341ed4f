import os

from fastapi import FastAPI
from flask import Flask

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
