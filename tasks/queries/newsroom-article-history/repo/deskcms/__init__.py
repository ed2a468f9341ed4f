"""deskcms: newsroom back office for {{ org_name }}.

Copyright (c) {{ year }} {{ org_name }}. Written by {{ author_name }} <{{ author_email }}>.
"""

import os

from flask import Flask


def create_app(overrides: dict | None = None) -> Flask:
    from . import views

    app = Flask(__name__)
    app.config.from_object("deskcms.config")
    if "DESKCMS_CONTENT_REPO" in os.environ:
        app.config["CONTENT_REPO"] = os.environ["DESKCMS_CONTENT_REPO"]
    app.config.update(overrides or {})
    app.register_blueprint(views.bp)
    return app
