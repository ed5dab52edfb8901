/** The handout's QR code: a PNG data URL for a link, made by the qrcode library. */
import QRCode from 'qrcode';

/** A QR code of `text` as a PNG data URL, sized for print (about 25 mm at 300 dpi). */
export function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 1, width: 300, color: { dark: '#000000', light: '#ffffff' } });
}
