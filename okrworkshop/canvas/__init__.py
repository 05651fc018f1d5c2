"""The Qt graphics canvas: document, scene, card items, undo commands, interactions."""
