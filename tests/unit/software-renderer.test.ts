import { describe, expect, test } from 'vitest';
import { isSoftwareRendererName } from '../../src/scene/canvas/software-renderer';

describe('software renderer names', () => {
  test('CPU rasterizers are recognised', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ])
      expect(isSoftwareRendererName(name), name).toBe(true);
  });
  test('GPUs are not', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M2',
      'Mali-G78',
      'WebKit WebGL',
      '',
    ])
      expect(isSoftwareRendererName(name), name).toBe(false);
  });
});
