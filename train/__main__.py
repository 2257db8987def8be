"""python -m train / torchrun -m train: see train/trainer.py and docs/training.md."""
import sys

from train.trainer import main

sys.exit(main())
