"""Starlette app wiring for browser sessions on the admin dashboard."""
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import RedirectResponse
from starlette.routing import Route

from admin.views import dashboard, login_form, login_submit

SESSION_MAX_AGE = 8 * 60 * 60
COOKIE_FLAGS = {"secure": True, "httponly": True, "samesite": "strict"}


async def switch_workspace(request):
    workspace_id = request.path_params["workspace_id"]
    request.session["workspace_id"] = workspace_id
    response = RedirectResponse(url="/admin", status_code=303)
    response.set_cookie("last_workspace", str(workspace_id), max_age=30 * 24 * 3600, **COOKIE_FLAGS)
    return response


middleware = [
    Middleware(
        SessionMiddleware,
        secret_key=os.environ["ADMIN_SESSION_SECRET"],
        session_cookie="admin_session",
        max_age=SESSION_MAX_AGE,
        same_site="strict",
        https_only=True,
    ),
]

routes = [
    Route("/admin", dashboard),
    Route("/admin/login", login_form, methods=["GET"]),
    Route("/admin/login", login_submit, methods=["POST"]),
    Route("/admin/workspaces/{workspace_id:int}/switch", switch_workspace, methods=["POST"]),
]

app = Starlette(routes=routes, middleware=middleware)
