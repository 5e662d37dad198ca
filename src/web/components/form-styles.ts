/** Shared classes for form controls, following the デジタル庁デザインシステム's input style. */
export const controlClass =
  'mt-1 block w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 hover:border-solid-gray-900';

/** Classes for a form label above its control. */
export const labelClass = 'block text-std-16B-170';
