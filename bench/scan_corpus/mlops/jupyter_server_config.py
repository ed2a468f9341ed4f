# Configuration file for the team notebook servers (jupyter-server).
# Rendered into each user pod by the spawner; see deploy/notebooks/README.md.
import os
import uuid

c = get_config()  # noqa: F821 - injected by jupyter at load time

NB_USER = os.environ.get("NB_USER", "jovyan")
WORKSPACE = os.environ.get("NB_WORKSPACE", f"/home/{NB_USER}/work")

# --- server -----------------------------------------------------------------
c.ServerApp.port = int(os.environ.get("NB_PORT", "8888"))
c.ServerApp.base_url = f"/notebooks/{NB_USER}/"
c.ServerApp.root_dir = WORKSPACE
c.ServerApp.open_browser = False
c.ServerApp.allow_remote_access = True

# The spawner normally injects NB_TOKEN; pods started by hand get their own.
c.ServerApp.token = os.environ.get("NB_TOKEN") or uuid.uuid1().hex

# --- kernels ----------------------------------------------------------------
c.MappingKernelManager.cull_idle_timeout = 60 * 60 * 2
c.MappingKernelManager.cull_interval = 300
c.MappingKernelManager.cull_connected = False

# --- contents ---------------------------------------------------------------
c.FileContentsManager.delete_to_trash = False
c.ContentsManager.allow_hidden = True
