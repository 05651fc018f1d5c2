"""The Qt user interface: main window, docks, dialogs, actions."""
