export type CatalogStretch = {
  key: string;
  name: string;
  instructions: string;
  defaultHoldSeconds: number;
  perSide: boolean;
};

export const STRETCH_SAFETY_NOTE =
  'Move gently and stop if it hurts. If you have an injury or physical limitations, ask your doctor or a physiotherapist first.';

/** Every new account gets its own copy of these, which it can then edit or hide. */
export const STRETCH_CATALOG: readonly CatalogStretch[] = [
  {
    key: 'hamstring',
    name: 'Back-thigh (hamstring) stretch',
    instructions:
      'Rest one heel on a couch or chair with the leg straight. Keeping your back straight, lean forward from the hips until you feel a pull behind the thigh. Hold, then switch legs.',
    defaultHoldSeconds: 15,
    perSide: true,
  },
  {
    key: 'calf',
    name: 'Calf stretch',
    instructions:
      'Stand facing a wall with both hands on it. Step one foot back and keep that heel on the floor while you bend the front knee, until the back calf feels stretched. Hold, then switch legs.',
    defaultHoldSeconds: 30,
    perSide: true,
  },
  {
    key: 'quadriceps',
    name: 'Front-thigh (quadriceps) stretch',
    instructions:
      'Stand next to something steady and hold on. Bend one knee and draw that foot toward your buttocks with your hand, knees side by side. Hold, then switch legs.',
    defaultHoldSeconds: 30,
    perSide: true,
  },
  {
    key: 'walking',
    name: 'Walking',
    instructions: 'Walk at an easy pace, indoors or out, letting the legs swing loosely.',
    defaultHoldSeconds: 300,
    perSide: false,
  },
  {
    key: 'yoga',
    name: 'Yoga',
    instructions: 'A few slow, gentle poses you know well, breathing calmly. Skip anything that strains.',
    defaultHoldSeconds: 600,
    perSide: false,
  },
  {
    key: 'arms',
    name: 'Arm stretch',
    instructions:
      'Reach one arm across your chest and ease it closer with the other hand; then raise it overhead and bend the elbow, pressing gently. Hold, then switch arms.',
    defaultHoldSeconds: 20,
    perSide: true,
  },
  {
    key: 'trunk',
    name: 'Trunk twist',
    instructions:
      'Sit tall, feet flat. Turn your upper body slowly to one side, one hand on the chair back, and hold; then turn to the other side.',
    defaultHoldSeconds: 20,
    perSide: true,
  },
];
