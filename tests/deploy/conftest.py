import sys
from pathlib import Path

# lets test modules import the shared helpers (``deploy_chart``) under --import-mode=importlib
sys.path.insert(0, str(Path(__file__).parent))
