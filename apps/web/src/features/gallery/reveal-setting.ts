import { useState } from 'react';

const KEY = 'corroborate.revealGraphicMedia';

/** The per-user default for graphic media: hidden (blurred, greyscale) unless the user turns it off. */
export const useRevealSetting = (): [boolean, (v: boolean) => void] => {
  const [value, setValue] = useState(() => localStorage.getItem(KEY) === 'true');
  return [
    value,
    (v) => {
      localStorage.setItem(KEY, String(v));
      setValue(v);
    },
  ];
};
