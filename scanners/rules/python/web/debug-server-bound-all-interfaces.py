import os

from flask import Flask

app = Flask(__name__)


def serve():
    # ruleid: debug-server-bound-all-interfaces
    app.run(host="0.0.0.0", port=8000, debug=True)


def serve_reordered():
    # ruleid: debug-server-bound-all-interfaces
    app.run(debug=True, host="0.0.0.0")


def serve_local():
    # ok: debug-server-bound-all-interfaces
    app.run(host="127.0.0.1", debug=True)


def serve_public_no_debug():
    # ok: debug-server-bound-all-interfaces
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
