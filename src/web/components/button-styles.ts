/** Button classes following the デジタル庁デザインシステム's button styles. */

/** The main action of a form or panel (filled blue). */
export const primaryButtonClass =
  'inline-flex items-center justify-center rounded-8 border border-blue-900 bg-blue-900 px-4 py-2 text-std-16B-170 text-white hover:border-blue-1000 hover:bg-blue-1000 hover:underline disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-900 disabled:no-underline';

/** A secondary action (outlined blue). */
export const secondaryButtonClass =
  'inline-flex items-center justify-center rounded-8 border border-blue-900 bg-white px-4 py-2 text-std-16B-170 text-blue-900 hover:bg-blue-50 hover:underline disabled:border-solid-gray-400 disabled:text-solid-gray-700 disabled:no-underline';

/** A small text-like button inside tables and lists. */
export const textButtonClass =
  'inline-flex items-center rounded-4 px-1 py-1 text-std-16N-170 text-blue-1000 underline underline-offset-3 hover:bg-solid-gray-50 hover:decoration-3 disabled:text-solid-gray-536 disabled:no-underline';
